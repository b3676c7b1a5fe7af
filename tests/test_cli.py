from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs
import icalendar
import pytest

import timeline
from timeline import cli
from timeline.config import Config
from timeline.errors import DatingError, ExportError
from timeline.export import FORMATS
from timeline.load import Loaded
from timeline.model import (
    Document,
    Event,
    Granularity,
    Kind,
    Mention,
    Method,
    PublicationDate,
    Skipped,
    Status,
    Symbol,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
)

SEEDS = Path(__file__).parents[1] / "seeds"


# -- helpers -------------------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("timeline: error: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def event(event_id: str, day: dt.date, title: str, documents: Sequence[str], status: Status) -> Event:
    span = TimeSpan(day, day, Granularity.DAY, day.isoformat())
    timex = Timex(0, 3, "day", TimexType.DATE, Symbol(Kind.CALENDAR, day=day.day), "test", span.value, span)
    sentence = f"{title}."
    mentions = tuple(Mention(doc, 0, len(sentence), sentence, timex, sentence, status) for doc in documents)
    return Event(event_id, span, title, status, mentions)


class FakeLibrary:
    """Stands in for load() and build_timeline(), so the CLI's own logic is tested on its own."""

    def __init__(self) -> None:
        self.documents = (Document("a", "Text a.", path="a.txt"), Document("b", "Text b.", path="b.txt"))
        self.skipped: tuple[Skipped, ...] = ()
        self.warnings: tuple[str, ...] = ()
        self.events = (
            event(
                "e1", dt.date(2025, 3, 11), "Ceasefire proposal agreed in Jeddah", ["a", "b"], Status.HAPPENED
            ),
            event("e2", dt.date(2025, 3, 15), "Virtual summit of the coalition", ["a"], Status.HAPPENED),
            event("e3", dt.date(2025, 3, 20), "Military chiefs meet in London", ["b"], Status.PLANNED),
        )
        self.failure: BaseException | None = None
        self.load_calls: list[tuple[list[str], Any, int]] = []
        self.configs: list[Config | None] = []

    def load(self, paths: Sequence[str], metadata: Any = None, jobs: int = 1) -> Loaded:
        self.load_calls.append((list(paths), metadata, jobs))
        return Loaded(documents=self.documents, skipped=self.skipped, warnings=self.warnings)

    def build_timeline(
        self, documents: Sequence[Document], config: Config | None = None, skipped: Sequence[Skipped] = ()
    ) -> Timeline:
        self.configs.append(config)
        logging.getLogger("timeline.pipeline").info("building from %d documents", len(documents))
        if self.failure is not None:
            raise self.failure
        return Timeline(tuple(documents), self.events, tuple(skipped))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeLibrary:
    library = FakeLibrary()
    monkeypatch.setattr(cli, "load", library.load)
    monkeypatch.setattr(cli, "build_timeline", library.build_timeline)
    return library


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    # main() sets the package logger's level; keep that from leaking into other tests.
    logger = logging.getLogger("timeline")
    level = logger.level
    yield
    logger.setLevel(level)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("Talks held\nThe talks were held on 15 March 2025 in London.\n", encoding="utf-8")
    return path


# -- front door ----------------------------------------------------------------------------------------


def test_python_m_timeline_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"timeline {timeline.__version__}"


def test_help_has_examples_and_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "examples:" in out
    assert "timeline seeds/" in out
    assert "exit status:" in out
    for option in (
        "--format",
        "--output",
        "--reference",
        "--metadata",
        "--month-first",
        "--jobs",
        "--explain",
    ):
        assert option in out
    for option in (
        "--since",
        "--until",
        "--about",
        "--min-sources",
        "--status",
        "--quiet",
        "--verbose",
        "--color",
    ):
        assert option in out


def test_formats_offered_are_the_exporters() -> None:
    assert set(FORMATS) == {"text", "csv", "ics", "json"}


# -- usage errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "15/03/2025", "yesterday", "20250315", ""])
def test_bad_reference_date_is_one_line(
    capsys: pytest.CaptureFixture[str], article: Path, value: str
) -> None:
    code, out, err = run(capsys, article, "--reference", value)
    assert code == 2
    assert out == ""
    assert_one_error_line(err, "--reference", f"invalid date {value!r}")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        ([], "PATH"),
        (["x", "--since", "2025-03-31", "--until", "2025-03-01"], "--since"),
        (["x", "--jobs", "0"], "--jobs"),
        (["x", "--min-sources", "two"], "--min-sources"),
        (["x", "--status", "rumoured"], "--status"),
        (["x", "--format", "xml"], "--format"),
        (["x", "--color", "sometimes"], "--color"),
        (["x", "--metadata", "/nonexistent/dates.csv"], "--metadata"),
        (["x", "--quiet", "--verbose"], "--verbose"),
        (["x", "--day-first", "--month-first"], "--month-first"),
    ],
)
def test_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert_one_error_line(err, fragment)


def test_a_nonexistent_path_alone_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, missing)
    assert code == 2
    assert out == ""
    assert_one_error_line(err, str(missing))


def test_a_directory_without_articles_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, tmp_path)
    assert code == 2
    assert out == ""
    assert_one_error_line(err, str(tmp_path))


def test_dating_error_is_one_line(capsys: pytest.CaptureFixture[str], fake: FakeLibrary) -> None:
    fake.failure = DatingError("cannot date b: give --reference DATE\nor a metadata file", ("b",))
    code, out, err = run(capsys, "a.txt", "b.txt")
    assert code == 2
    assert out == ""
    assert_one_error_line(err, "--reference DATE or a metadata file")


def test_interrupt_exits_130_quietly(capsys: pytest.CaptureFixture[str], fake: FakeLibrary) -> None:
    fake.failure = KeyboardInterrupt()
    code, out, err = run(capsys, "a.txt")
    assert (code, out, err) == (130, "", "")


def test_a_closed_pipe_ends_quietly(capsys: pytest.CaptureFixture[str], fake: FakeLibrary) -> None:
    fake.failure = BrokenPipeError(32, "Broken pipe")
    code, _, err = run(capsys, "a.txt")
    assert (code, err) == (0, "")


# -- skips, warnings, logging --------------------------------------------------------------------------


def test_existing_and_missing_path_lists_the_skip_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, SEEDS / "002_4f9421fb867c1b8c.txt", missing, "--reference", "2025-03-16")
    assert code == 1, err
    assert out.strip()
    assert f"timeline: skipped {missing}: " in err
    assert "Traceback" not in err


def test_skips_are_listed_even_when_quiet(capsys: pytest.CaptureFixture[str], fake: FakeLibrary) -> None:
    fake.skipped = (Skipped("c.pdf", "not a text file"),)
    code, out, err = run(capsys, "-q", "a.txt", "c.pdf")
    assert code == 1
    assert "Ceasefire" in out
    assert err.splitlines() == ["timeline: skipped c.pdf: not a text file"]


def test_warnings_are_printed_unless_quiet(capsys: pytest.CaptureFixture[str], fake: FakeLibrary) -> None:
    fake.warnings = ("b.txt: not UTF-8, read as cp1252",)
    code, _, err = run(capsys, "a.txt", "b.txt")
    assert code == 0
    assert err.splitlines() == ["timeline: warning: b.txt: not UTF-8, read as cp1252"]
    code, _, err = run(capsys, "--quiet", "a.txt", "b.txt")
    assert (code, err) == (0, "")


def test_a_weakly_inferred_date_is_pointed_out_unless_quiet(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary
) -> None:
    day = dt.date(2025, 3, 15)
    fake.documents = (
        Document("a", "Text a.", published=PublicationDate.exact(day, Method.METADATA, "given")),
        Document(
            "b",
            "Text b.",
            published=attrs.evolve(
                PublicationDate.exact(day, Method.ALIGNMENT, "aligned with a"), confidence=0.12
            ),
        ),
        Document(
            "c",
            "Text c.",
            published=attrs.evolve(
                PublicationDate.exact(day, Method.ALIGNMENT, "aligned with a"), confidence=0.45
            ),
        ),
    )
    code, out, err = run(capsys, "a.txt", "b.txt", "c.txt")
    assert code == 0 and "Ceasefire" in out
    (line,) = err.splitlines()
    assert line.startswith("timeline: warning: 1 of 3 articles dated on weak evidence")
    assert "b (0.12)" in line and "c (" not in line and "metadata.csv" in line
    # A date from the content alone is a lower bound (0.3): named too; a long list is cut short.
    content = PublicationDate.exact(day, Method.CONTENT, "on or after")
    fake.documents = tuple(
        Document(f"d{n}", "Text.", published=attrs.evolve(content, confidence=0.3)) for n in range(12)
    )
    code, _, err = run(capsys, "d.txt")
    (line,) = err.splitlines()
    assert line.startswith("timeline: warning: 12 of 12 articles") and "d9 (0.30) and 2 more;" in line
    code, _, err = run(capsys, "-q", "a.txt", "b.txt", "c.txt")
    assert (code, err) == (0, "")


def test_explain_with_another_format_warns(capsys: pytest.CaptureFixture[str], fake: FakeLibrary) -> None:
    code, _, err = run(capsys, "a.txt", "-f", "csv", "--explain")
    assert code == 0
    assert err.startswith("timeline: warning: --explain")


def test_verbose_turns_on_the_log(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, fake: FakeLibrary
) -> None:
    caplog.set_level(logging.NOTSET)
    run(capsys, "a.txt")
    assert "building from 2 documents" not in caplog.text
    run(capsys, "-v", "a.txt")
    assert "building from 2 documents" in caplog.text


# -- what reaches the library --------------------------------------------------------------------------


def test_options_reach_the_config_and_the_loader(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, tmp_path: Path
) -> None:
    metadata = tmp_path / "dates.csv"
    metadata.write_text("path,published\n", encoding="utf-8")
    argv = ["a.txt", "dir", "--reference", "2025-03-15", "--month-first", "-j", "3", "--metadata", metadata]
    code, _, _ = run(capsys, *argv)
    assert code == 0
    assert fake.configs == [Config(reference=dt.date(2025, 3, 15), day_first=False, jobs=3)]
    assert fake.load_calls == [(["a.txt", "dir"], metadata, 3)]


def test_defaults_reach_the_config(capsys: pytest.CaptureFixture[str], fake: FakeLibrary) -> None:
    run(capsys, "a.txt")
    assert fake.configs == [Config(reference=None, day_first=True, jobs=1)]


@pytest.mark.parametrize(
    ("argv", "kept"),
    [
        ([], ["Ceasefire", "Virtual", "Military"]),
        (["--since", "2025-03-12"], ["Virtual", "Military"]),
        (["--until", "2025-03-15"], ["Ceasefire", "Virtual"]),
        (["--since", "2025-03-15", "--until", "2025-03-15"], ["Virtual"]),
        (["--about", "COALITION summit"], ["Virtual"]),
        (["--min-sources", "2"], ["Ceasefire"]),
        (["--status", "planned"], ["Military"]),
        (["--status", "planned", "--status", "happened"], ["Ceasefire", "Virtual", "Military"]),
        (["--status", "conditional"], []),
    ],
)
def test_filters_choose_the_events(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, argv: list[str], kept: list[str]
) -> None:
    code, out, _ = run(capsys, "a.txt", "-f", "csv", *argv)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    titles = [row["title"].split()[0] for row in rows]
    assert titles == kept


# -- output --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("choice", ["auto", "always", "never"])
def test_colour_only_when_asked_or_on_a_terminal(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    code, out, _ = run(capsys, "a.txt", "--color", choice)
    assert code == 0
    assert "Ceasefire" in out
    # capsys' stdout is not a terminal, so "auto" means plain.
    assert ("\x1b[" in out) == (choice == "always")


@pytest.mark.parametrize(
    ("terminal", "no_color", "expected"),
    [(True, None, True), (True, "1", False), (True, "", True), (False, None, False)],
)
def test_auto_colour_follows_the_terminal_and_no_color(
    monkeypatch: pytest.MonkeyPatch, terminal: bool, no_color: str | None, expected: bool
) -> None:
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert cli._use_color("auto", terminal) is expected


def test_output_file_matches_standard_output(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    code, printed, _ = run(capsys, "a.txt", "-f", "json")
    assert code == 0
    code, out, err = run(capsys, "a.txt", "-f", "json", "-o", target)
    assert (code, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == printed
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]


def test_output_replaces_an_existing_file_and_keeps_its_mode(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, tmp_path: Path
) -> None:
    target = tmp_path / "events.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    code, _, _ = run(capsys, "a.txt", "-f", "csv", "-o", target)
    assert code == 0
    assert target.read_text(encoding="utf-8-sig").startswith("start,end,")
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_csv_file_starts_with_a_byte_order_mark_for_excel_but_standard_output_does_not(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, tmp_path: Path
) -> None:
    target = tmp_path / "events.csv"
    code, _, _ = run(capsys, "a.txt", "-o", target)
    assert code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfstart,end,")
    code, out, _ = run(capsys, "a.txt", "-f", "csv")
    assert code == 0 and out.startswith("start,end,")
    for other in ("out.json", "out.ics"):
        run(capsys, "a.txt", "-o", tmp_path / other)
        assert not (tmp_path / other).read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_new_output_file_follows_the_umask(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, tmp_path: Path
) -> None:
    umask = os.umask(0o022)
    try:
        run(capsys, "a.txt", "-o", tmp_path / "new.txt")
    finally:
        os.umask(umask)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644


def test_a_failed_export_leaves_the_old_file_and_no_debris(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_then_fail(timeline: Timeline, stream: TextIO) -> None:
        stream.write('{"documents": [')
        raise ExportError("timeline cannot be written as JSON: NaN score")

    monkeypatch.setitem(FORMATS, "json", half_then_fail)
    target = tmp_path / "out.json"
    target.write_text("{}\n", encoding="utf-8")
    code, out, err = run(capsys, "a.txt", "-f", "json", "-o", target)
    assert code == 2
    assert out == ""
    assert_one_error_line(err, "NaN score")
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]


def test_refuses_to_overwrite_an_input_file(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    before = article.read_bytes()
    code, out, err = run(capsys, article, "-o", article)
    assert code == 2
    assert out == ""
    assert_one_error_line(err, "refusing to overwrite", str(article))
    assert article.read_bytes() == before


def test_refuses_to_overwrite_an_article_found_in_a_directory(
    capsys: pytest.CaptureFixture[str], article: Path
) -> None:
    before = article.read_bytes()
    code, _, err = run(capsys, article.parent, "-o", article)
    assert code == 2
    assert_one_error_line(err, "refusing to overwrite")
    assert article.read_bytes() == before


@pytest.mark.parametrize("name", ["events.ics", "events.csv", "events.json"])
def test_rewrites_its_own_export_inside_the_input_folder(
    capsys: pytest.CaptureFixture[str], article: Path, name: str
) -> None:
    # `timeline news/ -o news/events.ics`, run again the next day: the old export is no article
    # (the folder's reading skips it), so it is replaced, and its skip is no missing input.
    target = article.parent / name
    assert run(capsys, article.parent, "--reference", "2025-03-20", "-o", target)[0] == 0
    first = target.read_bytes()
    code, _, err = run(capsys, article.parent, "--reference", "2025-03-20", "-o", target)
    assert code == 0
    assert "skipped" not in err
    assert target.read_bytes() == first


def test_other_exports_in_the_input_folder_are_passed_over(
    capsys: pytest.CaptureFixture[str], article: Path
) -> None:
    # Yesterday's calendar beside the articles, then a spreadsheet of the same folder: the calendar
    # is no input that went missing, so it is not listed and the run succeeds.
    assert (
        run(capsys, article.parent, "--reference", "2025-03-20", "-o", article.parent / "events.ics")[0] == 0
    )
    code, _, err = run(
        capsys, article.parent, "--reference", "2025-03-20", "-o", article.parent.parent / "week.csv"
    )
    assert code == 0
    assert "events.ics" not in err
    # Alone, it is all there was: then it is said why nothing could be read.
    (article.parent / "only").mkdir()
    (article.parent / "events.ics").rename(article.parent / "only" / "events.ics")
    code, _, err = run(capsys, article.parent / "only")
    assert code == 2
    assert_one_error_line(err, "nothing could be read", "events.ics: not an article")


def test_refuses_to_write_the_folders_metadata_and_says_what_it_is(
    capsys: pytest.CaptureFixture[str], article: Path
) -> None:
    code, _, err = run(capsys, article.parent, "-f", "csv", "-o", article.parent / "metadata.csv")
    assert code == 2
    assert_one_error_line(err, "it is read as the folder's metadata")


def test_articles_dated_only_by_reference_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("The talks resumed on Tuesday.\n", encoding="utf-8")
    code, _, err = run(
        capsys, tmp_path, "--reference", "2025-03-20", "-f", "csv", "-o", tmp_path.parent / "e.csv"
    )
    assert code == 0
    assert "warning: 1 of 1 articles dated only by --reference 2025-03-20" in err and ": a;" in err
    code, _, err = run(capsys, tmp_path, "--reference", "2025-03-20", "-q", "-o", tmp_path.parent / "e.csv")
    assert code == 0 and err == ""


def test_refuses_to_overwrite_a_text_file_inside_the_input_folder(
    capsys: pytest.CaptureFixture[str], article: Path
) -> None:
    notes = article.parent / "notes.txt"  # read as an article: writing over it would lose one
    notes.write_text("Meeting notes\nThe board met on 3 March 2025.\n", encoding="utf-8")
    code, _, err = run(capsys, article.parent, "-o", notes)
    assert code == 2
    assert_one_error_line(err, "refusing to overwrite", "inside the input folder")


@pytest.mark.parametrize("name", ["today.txt", "today"])
def test_refuses_to_write_an_article_to_be_into_the_input_folder(
    capsys: pytest.CaptureFixture[str], article: Path, name: str
) -> None:
    # The text view written there would be read as an article on the next run.
    target = article.parent / name
    code, _, err = run(capsys, article.parent, "--reference", "2025-03-20", "-o", target, "-f", "text")
    assert code == 2
    assert_one_error_line(err, "refusing to write", "inside the input folder", ".ics, .csv or .json")
    assert not target.exists()


def test_refuses_to_overwrite_the_metadata_file(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, tmp_path: Path
) -> None:
    metadata = tmp_path / "dates.csv"
    metadata.write_text("path,published\n", encoding="utf-8")
    code, _, err = run(capsys, "a.txt", "--metadata", metadata, "-f", "csv", "-o", metadata)
    assert code == 2
    assert_one_error_line(err, "refusing to overwrite")
    assert fake.load_calls == []


@pytest.mark.parametrize("where", ["missing-dir/out.txt", "."])
def test_an_unwritable_output_is_one_line(
    capsys: pytest.CaptureFixture[str], fake: FakeLibrary, tmp_path: Path, where: str
) -> None:
    code, _, err = run(capsys, "a.txt", "-o", tmp_path / where)
    assert code == 2
    assert_one_error_line(err, "cannot write")
    assert fake.load_calls == []


# -- end to end on the seed articles -------------------------------------------------------------------


def parse(fmt: str, out: str) -> object:
    if fmt == "json":
        return json.loads(out)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) >= 2
        assert all(len(row) == len(rows[0]) for row in rows)
        return rows
    if fmt == "ics":
        calendar = icalendar.Calendar.from_ical(out)
        assert calendar.walk("VEVENT")
        return calendar
    assert "2025" in out
    return out


@pytest.mark.parametrize("fmt", ["text", "csv", "ics", "json"])
def test_every_format_is_parseable(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
    code, out, err = run(capsys, SEEDS, "-f", fmt)
    assert code == 0, err
    parse(fmt, out)
    target = tmp_path / f"seeds.{fmt}"
    code, _, err = run(capsys, SEEDS, "-f", fmt, "-o", target)
    assert code == 0, err
    parse(fmt, target.read_text(encoding="utf-8-sig"))


def test_seeds_give_the_summit_of_15_march(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, SEEDS, "-f", "json")
    assert code == 0, err
    events = json.loads(out)["events"]
    assert any(
        e["start"] == "2025-03-15" and any(source["document"].startswith("002") for source in e["sources"])
        for e in events
    ), [(e["start"], e["title"]) for e in events]


def test_output_never_overwrites_a_file_inside_an_input_folder(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks were held on Monday.\n", encoding="utf-8")
    metadata = folder / "metadata.csv"
    metadata.write_text("file,published\na.txt,2025-03-10\n", encoding="utf-8")
    before = metadata.read_bytes()
    assert cli.main([str(folder), "-f", "csv", "-o", str(metadata)]) == 2
    assert metadata.read_bytes() == before


@pytest.mark.parametrize("name", ["events.xlsx", "events.md"])
def test_output_extension_of_no_format_is_refused_unless_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    code, _, err = run(capsys, SEEDS, "-o", target)
    assert code == 2
    assert "-f" in err and target.suffix in err
    assert not target.exists()
    code, _, err = run(capsys, SEEDS, "-f", "csv", "-o", target)
    assert code == 0, err
    parse("csv", target.read_text(encoding="utf-8-sig"))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("out.csv", "csv"), ("out.ICS", "ics"), ("out.json", "json"), ("out.txt", "text"), ("out", "text")],
)
def test_output_format_follows_the_file_extension_unless_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, fmt: str
) -> None:
    target = tmp_path / name
    code, _, err = run(capsys, SEEDS, "-o", target)
    assert code == 0, err
    parse(fmt, target.read_text(encoding="utf-8-sig"))
    code, _, err = run(capsys, SEEDS, "-f", "text", "-o", target)
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("Documents")
