from __future__ import annotations

import codecs
import datetime as dt
import gzip
import importlib
import logging
import os
import socket
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from timeline.errors import ConfigError, LoadError, MetadataError
from timeline.load import Loaded, headline, iter_load, load, load_text, parse_date
from timeline.model import Document, Method, PublicationDate, Skipped

load_module = importlib.import_module("timeline.load")  # the package exports a function named load

SEEDS = Path(__file__).parent.parent / "seeds"

ARTICLE = "Leaders agree ceasefire plan\nThe leaders met on Tuesday.\nThey will meet again.\n"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def only_document(result: Loaded) -> Document:
    assert result.skipped == ()
    assert len(result.documents) == 1
    return result.documents[0]


# --------------------------------------------------------------------------- plain text


def test_plain_text_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "001_story.txt", ARTICLE)
    document = only_document(load([path]))
    assert document.id == "001_story"
    assert document.text == ARTICLE
    assert document.title == "Leaders agree ceasefire plan"
    assert document.path == str(path)
    assert document.published is None
    assert document.source is None


def test_path_kept_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "news" / "a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    document = only_document(load(["news"]))
    assert document.path == os.path.join("news", "a.txt")


@pytest.mark.parametrize("name", ["story.text", "story", "story.md", "story.TXT", "story.csv"])
def test_other_text_extensions_load(tmp_path: Path, name: str) -> None:
    document = only_document(load([write(tmp_path / name, ARTICLE)]))
    assert document.text == ARTICLE
    assert document.id == "story"


def test_newlines_normalized(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Headline here\r\nfirst line\rsecond line\r\n\r\nend")
    document = only_document(load([path]))
    assert document.text == "Headline here\nfirst line\nsecond line\n\nend"
    assert document.title == "Headline here"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No Plan B to Ukraine peace deal except war, Starmer warns Putin\nBody.",
            "No Plan B to Ukraine peace deal except war, Starmer warns Putin",
        ),
        ("Will the ceasefire hold?\nBody.", "Will the ceasefire hold?"),
        ("Ceasefire now!\nBody.", "Ceasefire now!"),
        ("Starmer: ‘we are ready’\nBody.", "Starmer: ‘we are ready’"),
        ("\n\n  Headline after blank lines  \nBody.", "Headline after blank lines"),
        ("Starmer said yesterday that allies were ready.\nBody.", None),
        ("He said “we are ready.”\nBody.", None),
        ("The talks went on…\nBody.", None),
        ("Starmer said:\nBody.", None),
        ("x" * 201 + "\nBody.", None),
        ("x" * 200 + "\nBody.", "x" * 200),
        ("Only one line, no body", None),
        ("Headline with empty body\n   \n", None),
        ("2025 — 03 — 15\nBody.", None),
        ("", None),
    ],
)
def test_headline_rule(text: str, expected: str | None) -> None:
    assert headline(text) == expected


# --------------------------------------------------------------------------- encodings


def test_utf8_bom_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    result = load([path])
    assert only_document(result).text == ARTICLE
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("bom", "codec"), [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
)
def test_utf16_with_bom(tmp_path: Path, bom: bytes, codec: str) -> None:
    text = "Café talks — Київ\nThe leaders met.\n"
    result = load([write(tmp_path / "a.txt", bom + text.encode(codec))])
    document = only_document(result)
    assert document.text == text
    assert document.title == "Café talks — Київ"
    assert result.warnings == ()


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    text = "Café “talks” – today\nThe leaders met for €5.\n"
    path = write(tmp_path / "x.txt", text.encode("cp1252"))
    result = load([path])
    assert only_document(result).text == text
    assert result.warnings == (f"{path}: not UTF-8, decoded as cp1252",)


def test_bom_then_invalid_bytes_warns(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", codecs.BOM_UTF8 + b"Caf\xe9 talks\nBody.\n")
    result = load([path])
    assert only_document(result).text == "Caf\ufffd talks\nBody.\n"
    assert result.warnings == (f"{path}: invalid utf-8 after its byte order mark, bad bytes replaced",)


def test_utf8_without_warning(tmp_path: Path) -> None:
    result = load([write(tmp_path / "a.txt", "Café “talks”\nBody.\n")])
    assert only_document(result).text == "Café “talks”\nBody.\n"
    assert result.warnings == ()


# Characters that survive the loader unchanged: no surrogates (not encodable), no CR (normalized).
_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\r"), min_size=1)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=_TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"])
)
def test_unicode_round_trip(tmp_path: Path, text: str, encoding: str) -> None:
    assume(text.strip())
    assume(not text.startswith("\ufeff"))  # would read as a byte order mark
    if encoding in ("utf-8", "utf-8-sig"):
        assume("\x00" not in text)  # NUL bytes mean binary unless the file has a UTF-16 BOM
        assume(
            not any(
                text.encode("utf-8").startswith(m) for m in (b"%PDF-", b"GIF87a", b"GIF89a", b"PK\x05\x06")
            )
        )
    if encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    path = write(tmp_path / "round.txt", data)
    result = load([path])
    assert result.warnings == ()
    assert only_document(result).text == text


# --------------------------------------------------------------------------- what is skipped


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"rest", "PNG image"),
        (b"%PDF-1.7\nrest", "PDF document"),
        (b"PK\x03\x04rest", "ZIP archive"),
        (b"GIF89a rest", "GIF image"),
        (b"\xff\xd8\xff\xe0rest", "JPEG image"),
        (gzip.compress(b"Headline\nBody"), "gzip archive"),
    ],
)
@pytest.mark.parametrize("name", ["file.txt", "file", "file.html", "file.jsonl"])
def test_binary_files_skipped(tmp_path: Path, content: bytes, kind: str, name: str) -> None:
    path = write(tmp_path / name, content)
    result = load([path])
    assert result.documents == ()
    assert result.skipped == (Skipped(path=str(path), reason=f"binary file ({kind})"),)


def test_nul_bytes_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "data.bin", b"Headline\x00\x01\x02 more")
    assert load([path]).skipped == (Skipped(path=str(path), reason="binary file (contains NUL bytes)"),)


@pytest.mark.parametrize(
    "content", [b"", b"   \n\t\r\n ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")]
)
def test_empty_files_skipped(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "empty.txt", content)
    result = load([path])
    assert result.documents == ()
    assert result.skipped == (Skipped(path=str(path), reason="empty"),)


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    good = write(tmp_path / "dir" / "a.txt", ARTICLE)
    result = load([missing, good])
    assert result.skipped == (Skipped(path=missing, reason="no such file or directory"),)
    assert [d.id for d in result.documents] == ["a"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root can read a chmod 000 file, so the refusal is simulated where the bytes are read.
    path = write(tmp_path / "secret.txt", ARTICLE)

    def refuse(_: str) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(load_module, "_read_bytes", refuse)
    assert load([path]).skipped == (Skipped(path=str(path), reason="permission denied"),)


def test_fifo_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    write(tmp_path / "a.txt", ARTICLE)
    result = load([tmp_path])
    assert result.skipped == (Skipped(path=str(fifo), reason="not a regular file"),)
    assert [d.id for d in result.documents] == ["a"]


def test_broken_symlink(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    assert load([tmp_path]).skipped == (
        Skipped(path=str(tmp_path / "dangling.txt"), reason="broken symbolic link"),
    )


def test_empty_directory_gives_nothing(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    assert load([tmp_path]) == Loaded(documents=(), skipped=(), warnings=())


# --------------------------------------------------------------------------- directories


def test_directory_sorted_recursive(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "c.txt", "a.txt", "10.txt", "2.txt"]:
        write(tmp_path / name, ARTICLE)
    paths = [d.path for d in load([tmp_path]).documents]
    # sorted as Path objects sort: name by name, so a folder's files stay together
    expected = ["10.txt", "2.txt", "a/b/c.txt", "a/z.txt", "a.txt", "b.txt", "c.txt"]
    assert paths == [str(tmp_path / name) for name in expected]
    assert paths == [str(p) for p in sorted(Path(str(p)) for p in paths)]


def test_arguments_keep_their_order(tmp_path: Path) -> None:
    first = write(tmp_path / "z.txt", ARTICLE)
    second = write(tmp_path / "a.txt", ARTICLE)
    assert [d.id for d in load([first, second]).documents] == ["z", "a"]
    missing = tmp_path / "missing.txt"
    streamed = list(iter_load([first, missing, second]))
    assert [getattr(x, "id", None) for x in streamed] == ["z", None, "a"]


def test_hidden_files_and_dirs_skipped(tmp_path: Path) -> None:
    write(tmp_path / "visible.txt", ARTICLE)
    write(tmp_path / ".hidden.txt", ARTICLE)
    write(tmp_path / ".git" / "notes.txt", ARTICLE)
    write(tmp_path / "sub" / ".DS_Store", ARTICLE)
    result = load([tmp_path])
    assert [d.id for d in result.documents] == ["visible"]
    assert result.skipped == ()


def test_hidden_file_named_explicitly_is_loaded(tmp_path: Path) -> None:
    path = write(tmp_path / ".draft.txt", ARTICLE)
    assert only_document(load([path])).id == ".draft"


def test_symlink_loop_survived(tmp_path: Path) -> None:
    write(tmp_path / "top" / "a.txt", ARTICLE)
    write(tmp_path / "top" / "sub" / "b.txt", ARTICLE)
    (tmp_path / "top" / "sub" / "loop").symlink_to(tmp_path / "top")
    (tmp_path / "top" / "sub" / "self").symlink_to(tmp_path / "top" / "sub")
    (tmp_path / "top" / "alias.txt").symlink_to(tmp_path / "top" / "a.txt")
    result = load([tmp_path / "top"])
    assert [d.id for d in result.documents] == ["a", "b"]
    assert result.skipped == ()


def test_same_file_twice_loaded_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    result = load([path, tmp_path, path])
    assert [d.id for d in result.documents] == ["a"]
    assert result.warnings == ()


def test_duplicate_ids_made_unique(tmp_path: Path) -> None:
    for folder in ["one", "two", "three"]:
        write(tmp_path / folder / "story.txt", ARTICLE)
    write(tmp_path / "one" / "story-2.txt", ARTICLE)  # takes the first suffix a rename would use
    result = load([tmp_path / "one", tmp_path / "two", tmp_path / "three"])
    assert [d.id for d in result.documents] == ["story-2", "story", "story-3", "story-4"]
    assert result.warnings == (
        f"{tmp_path / 'two' / 'story.txt'}: id 'story' already used, renamed 'story-3'",
        f"{tmp_path / 'three' / 'story.txt'}: id 'story' already used, renamed 'story-4'",
    )


def test_duplicate_id_warning_text(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt", ARTICLE)
    second = write(tmp_path / "b" / "x.txt", ARTICLE)
    result = load([tmp_path])
    assert [d.id for d in result.documents] == ["x", "x-2"]
    assert result.warnings == (f"{second}: id 'x' already used, renamed 'x-2'",)


def test_huge_single_line_file(tmp_path: Path) -> None:
    size = 50 * 1024 * 1024
    path = write(tmp_path / "huge.txt", b"word " * (size // 5))
    document = only_document(load([path]))
    assert len(document.text) == size
    assert document.title is None  # one line: a body, not a headline


# --------------------------------------------------------------------------- metadata CSV


def seed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write(folder / "a.txt", ARTICLE)
    write(folder / "b.txt", ARTICLE)
    write(folder / "sub" / "c.txt", ARTICLE)
    return folder


def test_metadata_picked_up_from_directory(tmp_path: Path) -> None:
    folder = seed_dir(tmp_path)
    write(
        folder / "metadata.csv",
        "file,published,source,title,url\n"
        "a.txt,2025-03-15,LBC,Custom title,https://example.com/a\n"
        "sub/c.txt,2025-02-19,The i Paper,,\n",
    )
    result = load([folder])
    assert result.warnings == ()
    documents = {d.id: d for d in result.documents}
    assert sorted(documents) == ["a", "b", "c"]  # metadata.csv is not an article
    a = documents["a"]
    assert a.published == PublicationDate.exact(
        dt.date(2025, 3, 15), Method.METADATA, evidence="metadata.csv: published 2025-03-15"
    )
    assert (a.source, a.title, a.url) == ("LBC", "Custom title", "https://example.com/a")
    assert documents["b"].published is None
    c = documents["c"]
    assert c.published is not None and c.published.date == dt.date(2025, 2, 19)
    assert c.source == "The i Paper"
    assert c.title == "Leaders agree ceasefire plan"  # an empty cell keeps what the file says


def test_metadata_file_named_explicitly_among_paths(tmp_path: Path) -> None:
    folder = seed_dir(tmp_path)
    csv_path = write(folder / "metadata.csv", "file,published\nb.txt,2025-03-01\n")
    result = load([folder / "a.txt", folder / "b.txt", csv_path])
    assert [d.id for d in result.documents] == ["a", "b"]
    assert result.documents[1].published is not None
    assert result.warnings == ()


def test_explicit_metadata_overrides(tmp_path: Path) -> None:
    folder = seed_dir(tmp_path)
    write(folder / "metadata.csv", "file,published,source\na.txt,2025-03-15,LBC\nb.txt,2025-01-01,BBC\n")
    override = write(tmp_path / "elsewhere" / "dates.csv", "file,published\n../articles/a.txt,2025-03-16\n")
    result = load([folder], metadata=override)
    documents = {d.id: d for d in result.documents}
    assert documents["a"].published == PublicationDate.exact(
        dt.date(2025, 3, 16), Method.METADATA, evidence="dates.csv: published 2025-03-16"
    )
    assert documents["a"].source == "LBC"  # not overridden: the explicit CSV has no source
    assert documents["b"].published is not None and documents["b"].published.date == dt.date(2025, 1, 1)
    assert [d.id for d in result.documents] == ["a", "b", "c"]


def test_explicit_metadata_inside_input_not_loaded(tmp_path: Path) -> None:
    folder = seed_dir(tmp_path)
    dates = write(folder / "dates.csv", "file,published\nb.txt,2025-01-01\n")
    result = load([folder], metadata=dates)
    assert [d.id for d in result.documents] == ["a", "b", "c"]
    assert result.documents[1].published is not None


def test_metadata_matches_document_id(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", '{"text": "Body one."}\n{"id": "story-9", "text": "Body two."}\n')
    dates = write(
        tmp_path / "dates.csv", "file,published,source\nfeed-1,15 March 2025,Reuters\nstory-9,2025-03-02,\n"
    )
    result = load([feed], metadata=dates)
    assert result.warnings == ()
    first, second = result.documents
    assert first.published == PublicationDate.exact(
        dt.date(2025, 3, 15), Method.METADATA, evidence="dates.csv: published 15 March 2025"
    )
    assert first.source == "Reuters"
    assert second.published is not None and second.published.date == dt.date(2025, 3, 2)


def test_bad_metadata_rows_warn_and_keep_the_rest(tmp_path: Path) -> None:
    folder = seed_dir(tmp_path)
    csv_path = write(
        folder / "metadata.csv",
        "file,published,source\na.txt,2025-13-45,LBC\nb.txt,yesterday,BBC\nsub/c.txt,March 2025,\n",
    )
    result = load([folder])
    assert result.warnings == (
        f"{csv_path} line 2: bad date '2025-13-45'",
        f"{csv_path} line 3: bad date 'yesterday'",
        f"{csv_path} line 4: bad date 'March 2025'",
    )
    documents = {d.id: d for d in result.documents}
    assert all(d.published is None for d in documents.values())
    assert (documents["a"].source, documents["b"].source) == ("LBC", "BBC")


def test_metadata_unknown_file_warns(tmp_path: Path) -> None:
    folder = seed_dir(tmp_path)
    csv_path = write(folder / "metadata.csv", "file,published\na.txt,2025-03-15\nmissing.txt,2025-03-15\n")
    result = load([folder])
    assert result.warnings == (f"{csv_path} line 3: no input file or document named 'missing.txt'",)
    assert result.documents[0].published is not None


def test_metadata_row_for_skipped_file_is_not_unknown(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "metadata.csv", "file,published\nempty.txt,2025-03-15\n")
    result = load([tmp_path])
    assert result.warnings == ()
    assert result.skipped == (Skipped(path=str(tmp_path / "empty.txt"), reason="empty"),)


def test_metadata_extras(tmp_path: Path) -> None:
    # BOM (as Excel writes), upper-case header, blank line, unknown column, repeated row.
    folder = seed_dir(tmp_path)
    csv_path = write(
        folder / "metadata.csv",
        codecs.BOM_UTF8 + b"File, Published ,Notes\r\na.txt,2025-03-15,x\r\n\r\na.txt,2025-03-16,y\r\n",
    )
    result = load([folder])
    assert result.warnings == (
        f"{csv_path}: unknown column(s) ignored: notes",
        f"{csv_path} line 4: 'a.txt' already listed on line 2; this row wins",
    )
    assert result.documents[0].published is not None
    assert result.documents[0].published.date == dt.date(2025, 3, 16)


def test_explicit_metadata_without_file_column_raises(tmp_path: Path) -> None:
    folder = seed_dir(tmp_path)
    bad = write(tmp_path / "bad.csv", "name,published\na.txt,2025-03-15\n")
    with pytest.raises(MetadataError, match="no 'file' column"):
        load([folder], metadata=bad)


def test_explicit_metadata_empty_raises(tmp_path: Path) -> None:
    with pytest.raises(MetadataError, match="empty"):
        load([seed_dir(tmp_path)], metadata=write(tmp_path / "bad.csv", ""))


def test_explicit_metadata_missing_raises(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load([seed_dir(tmp_path)], metadata=tmp_path / "nope.csv")


def test_auto_metadata_without_file_column_warns(tmp_path: Path) -> None:
    folder = seed_dir(tmp_path)
    csv_path = write(folder / "metadata.csv", "name,published\na.txt,2025-03-15\n")
    result = load([folder])
    assert [d.id for d in result.documents] == ["a", "b", "c"]
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith(f"{csv_path}: no 'file' column")
    assert result.warnings[0].endswith("; file ignored")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-03-15", dt.date(2025, 3, 15)),
        (" 2025-03-15 ", dt.date(2025, 3, 15)),
        ("2025-03-15T23:30:00-05:00", dt.date(2025, 3, 15)),
        ("15 March 2025", dt.date(2025, 3, 15)),
        ("March 15, 2025", dt.date(2025, 3, 15)),
        ("15/03/2025", dt.date(2025, 3, 15)),
        ("03/04/2025", dt.date(2025, 4, 3)),  # day first
        ("Sat, 15 Mar 2025", dt.date(2025, 3, 15)),
        ("20250315", dt.date(2025, 3, 15)),  # ISO 8601 basic
        ("20250315T103200Z", dt.date(2025, 3, 15)),
        ("2025-W11-6", dt.date(2025, 3, 15)),  # ISO week date: Saturday of week 11
        ("2025W116", dt.date(2025, 3, 15)),
        ("2025-07-21 (week 30)", dt.date(2025, 7, 21)),  # an export's note after the date
        ("15 March 2025 (updated)", dt.date(2025, 3, 15)),
        ("March 2025 (week 11)", None),
        ("2025-W11", None),
        ("20251345", None),
        ("2025-13-45", None),
        ("2025-02-29", None),
        ("yesterday", None),
        ("2 days ago", None),
        ("in 3 days", None),
        ("1742000000", None),
        ("March 2025", None),
        ("2025", None),
        ("", None),
    ],
)
def test_parse_date(raw: str, expected: dt.date | None) -> None:
    assert parse_date(raw) == expected


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl(tmp_path: Path) -> None:
    feed = write(
        tmp_path / "feed.jsonl",
        '{"text": "First\\r\\nbody.", "title": "One", "url": "https://e.com/1", "source": "AP"}\n'
        "{broken\n"
        "\n"
        '{"id": "x7", "text": "Second body.", "published": "2025-03-15"}\n'
        '{"title": "no text here"}\n'
        '["not", "an", "object"]\n'
        '{"id": 42, "text": "Third.", "published": "yesterday"}\n'
        '{"text": "   "}\n',
    )
    result = load([feed])
    assert [d.id for d in result.documents] == ["feed-1", "x7", "42"]
    first, second, third = result.documents
    assert (first.text, first.title, first.url, first.source, first.path) == (
        "First\nbody.",
        "One",
        "https://e.com/1",
        "AP",
        str(feed),
    )
    assert second.published == PublicationDate.exact(
        dt.date(2025, 3, 15), Method.METADATA, evidence="jsonl field 'published'"
    )
    assert second.title is None
    assert third.published is None
    assert [s.path for s in result.skipped] == [f"{feed}:2", f"{feed}:5", f"{feed}:6", f"{feed}:8"]
    assert result.skipped[0].reason.startswith("not valid JSON")
    assert result.skipped[1].reason == "no 'text'"
    assert result.skipped[2].reason == "not a JSON object"
    assert result.skipped[3].reason == "blank 'text'"
    assert result.warnings == (f"{feed} line 7: bad date 'yesterday'",)


def test_ndjson_and_utf16_jsonl(tmp_path: Path) -> None:
    lines = '{"text": "Київ body."}\r\n{"text": "Second."}\r\n'
    a = write(tmp_path / "a.ndjson", lines)
    b = write(tmp_path / "b.jsonl", codecs.BOM_UTF16_LE + lines.encode("utf-16-le"))
    c = write(tmp_path / "c.jsonl", codecs.BOM_UTF8 + lines.encode("utf-8"))
    result = load([a, b, c])
    assert [d.id for d in result.documents] == ["a-1", "a-2", "b-1", "b-2", "c-1", "c-2"]
    assert {d.text for d in result.documents} == {"Київ body.", "Second."}
    assert result.warnings == ()


def test_jsonl_cp1252_line_warns(tmp_path: Path) -> None:
    feed = write(tmp_path / "f.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    result = load([feed])
    assert [d.text for d in result.documents] == ["ok", "café"]
    assert result.warnings == (f"{feed} line 2: not UTF-8, decoded as cp1252",)


def test_jsonl_fields_under_the_names_feeds_give_them(tmp_path: Path) -> None:
    feed = write(
        tmp_path / "feed.jsonl",
        '{"id": "rss", "text": "a", "pubDate": "Sun, 16 Mar 2025 10:32:00 GMT", "link": "https://e.com/1"}\n'
        '{"id": "ld", "text": "b", "datePublished": "2025-03-17T08:00:00Z", "headline": "Talks"}\n'
        '{"id": "np", "maintext": "c", "date_publish": "2025-03-18 09:00:00", "source_domain": "e.com"}\n'
        '{"id": "both", "text": "d", "published": "2025-03-19", "date": "2025-01-01"}\n'
        '{"id": "unix", "text": "e", "published_at": 1742121120}\n'
        '{"id": "unix-ms", "text": "f", "publishedAt": 1742121120000}\n'
        '{"id": "unix-str", "text": "h", "published": "1742121120"}\n'
        '{"id": "crawl", "text": "g", "timestamp": 1742121120}\n',
    )
    result = load([feed])
    dates = {d.id: d.published and (d.published.date, d.published.evidence) for d in result.documents}
    assert dates == {
        "rss": (dt.date(2025, 3, 16), "jsonl field 'pubDate'"),
        "ld": (dt.date(2025, 3, 17), "jsonl field 'datePublished'"),
        "np": (dt.date(2025, 3, 18), "jsonl field 'date_publish'"),
        "both": (dt.date(2025, 3, 19), "jsonl field 'published'"),  # "published" first
        "unix": (dt.date(2025, 3, 16), "jsonl field 'published_at' (Unix time, UTC)"),
        "unix-ms": (dt.date(2025, 3, 16), "jsonl field 'publishedAt' (Unix time, UTC)"),
        "unix-str": (dt.date(2025, 3, 16), "jsonl field 'published' (Unix time, UTC)"),
        "crawl": None,  # often when the page was fetched, not published
    }
    by_id = {d.id: d for d in result.documents}
    assert (by_id["rss"].url, by_id["ld"].title, by_id["np"].text, by_id["np"].source) == (
        "https://e.com/1", "Talks", "c", "e.com",
    )  # fmt: skip
    assert result.warnings == ()


def test_jsonl_fields_in_wrappers_and_extended_json(tmp_path: Path) -> None:
    feed = write(
        tmp_path / "export.jsonl",
        '{"_id": "1", "_source": {"id": "es", "text": "a", "published": "2025-03-16"}}\n'
        '{"id": "rss", "item": {"pubDate": "Mon, 17 Mar 2025 08:00:00 GMT"}, "text": "b"}\n'
        '{"id": "mongo", "text": "c", "published": {"$date": "2025-03-18T10:00:00Z"}}\n'
        '{"id": "mongo-ms", "text": "d", "published": {"$date": {"$numberLong": "1742378400000"}}}\n'
        '{"id": "guardian", "text": "e", "webPublicationDate": "2025-03-20T06:00:00Z"}\n'
        '{"id": "newsapi", "content": "f", "publishedAt": "2025-03-21T06:00:00Z"}\n'
        '{"id": "own", "text": "g", "published": "2025-03-22", "meta": {"published": "2025-01-01"}}\n',
    )
    result = load([feed])
    dates = {d.id: d.published and d.published.date for d in result.documents}
    assert dates == {
        "es": dt.date(2025, 3, 16),
        "rss": dt.date(2025, 3, 17),
        "mongo": dt.date(2025, 3, 18),
        "mongo-ms": dt.date(2025, 3, 19),
        "guardian": dt.date(2025, 3, 20),
        "newsapi": dt.date(2025, 3, 21),
        "own": dt.date(2025, 3, 22),  # the record's own field before a wrapper's
    }
    assert {d.id: d.text for d in result.documents}["newsapi"] == "f"
    assert result.warnings == ()


def test_jsonl_empty(tmp_path: Path) -> None:
    feed = write(tmp_path / "f.jsonl", "\n\n")
    assert load([feed]).skipped == (Skipped(path=str(feed), reason="empty"),)


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>Leaders meet in London | Example News</title>
<meta property="article:published_time" content="2025-03-02T10:00:00+00:00">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.com/2025/leaders-meet">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | Sport</nav>
<article><h1>Leaders meet in London</h1>
<p>European leaders met in London on Sunday to discuss support for Ukraine and a possible ceasefire.</p>
<p>The Prime Minister said the coalition of the willing would meet again next week.</p>
</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Recorded, not only refused: htmldate swallows a failed download and carries on.
    attempts: list[tuple[object, ...]] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield
    assert attempts == [], "the loader tried to use the network"


@pytest.mark.usefixtures("no_network")
def test_html(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE)
    document = only_document(load([path]))
    assert document.id == "page"
    assert "European leaders met in London on Sunday" in document.text
    assert "would meet again next week." in document.text
    assert "Copyright" not in document.text
    assert "Home" not in document.text
    assert document.title == "Leaders meet in London"
    assert document.url == "https://news.example.com/2025/leaders-meet"
    assert document.source == "Example News"
    assert document.published == PublicationDate.exact(
        dt.date(2025, 3, 2),
        Method.HTML,
        evidence='html <meta property="article:published_time" content="2025-03-02T10:00:00+00:00">',
        confidence=0.9,
    )


@pytest.mark.usefixtures("no_network")
def test_html_date_of_a_last_modified_marker_is_less_sure(tmp_path: Path) -> None:
    page = PAGE.replace(
        '<meta property="article:published_time" content="2025-03-02T10:00:00+00:00">',
        '<meta property="article:modified_time" content="2025-03-04T08:00:00+00:00">',
    )
    published = only_document(load([write(tmp_path / "page.html", page)])).published
    assert published is not None
    assert (published.date, published.method, published.confidence) == (dt.date(2025, 3, 4), Method.HTML, 0.6)


@pytest.mark.usefixtures("no_network")
def test_html_og_url_and_no_date(tmp_path: Path) -> None:
    page = (
        PAGE.replace('<meta property="article:published_time" content="2025-03-02T10:00:00+00:00">', "")
        .replace('<link rel="canonical" href="https://news.example.com/2025/leaders-meet">', "")
        .replace("</head>", '<meta property="og:url" content="https://news.example.com/story"></head>')
    )
    document = only_document(load([write(tmp_path / "page.htm", page)]))
    assert document.url == "https://news.example.com/story"
    assert document.published is None


@pytest.mark.usefixtures("no_network")
def test_html_metadata_csv_overrides_markup(tmp_path: Path) -> None:
    write(tmp_path / "page.html", PAGE)
    write(tmp_path / "metadata.csv", "file,published\npage.html,2025-03-03\n")
    document = only_document(load([tmp_path]))
    assert document.published is not None
    assert (document.published.date, document.published.method) == (dt.date(2025, 3, 3), Method.METADATA)


@pytest.mark.usefixtures("no_network")
def test_html_external_entities_not_expanded(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.txt", "TOPSECRETVALUE")
    page = f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>\n' + PAGE.split(
        "\n", 1
    )[1].replace("coalition of the willing", "coalition &xxe; of the willing")
    document = only_document(load([write(tmp_path / "page.html", page)]))
    assert "TOPSECRETVALUE" not in document.text
    assert "European leaders met" in document.text


@pytest.mark.usefixtures("no_network")
def test_html_declared_charset(tmp_path: Path) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-7">').replace("Sunday", "Κυριακή")
    result = load([write(tmp_path / "page.html", page.encode("iso-8859-7"))])
    assert "on Κυριακή to discuss" in only_document(result).text
    assert result.warnings == ()


@pytest.mark.usefixtures("no_network")
def test_html_without_text_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.html", "<html><head><title>x</title></head><body></body></html>")
    assert load([path]).skipped == (Skipped(path=str(path), reason="no article text found in HTML"),)


@pytest.mark.usefixtures("no_network")
def test_html_of_menus_only_skipped(tmp_path: Path) -> None:
    # A section front saved by mistake: what trafilatura keeps of it is link text, no sentence.
    menus = (
        "<html><head><title>News home</title></head><body><nav><ul>"
        '<li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>'
        "</ul></nav><footer>Copyright 2025</footer></body></html>"
    )
    path = write(tmp_path / "front.html", menus)
    assert load([path]).skipped == (Skipped(path=str(path), reason="no article text found in HTML"),)


@pytest.mark.usefixtures("no_network")
def test_html_of_one_sentence_kept(tmp_path: Path) -> None:
    sentence = "The pope has died, the Vatican said on Monday."
    brief = f"<html><body><article><p>{sentence}</p></article></body></html>"
    document = only_document(load([write(tmp_path / "brief.html", brief)]))
    assert document.text == sentence


@pytest.mark.usefixtures("no_network")
def test_html_brief_keeps_its_paragraphs(tmp_path: Path) -> None:
    # Under trafilatura's minimum size its fallback ran the page into one line: the headline
    # became the first sentence's opening ("New bridge opens to traffic Published The new…").
    brief = (
        "<html><head><title>Bridge opens</title></head><body><article><h1>New bridge opens to traffic</h1>"
        '<p>Published <time datetime="2025-03-18">18 March 2025</time></p>'
        "<p>The new bridge over the Tagus opened to traffic on Tuesday morning, the ministry said.</p>"
        "<p>Construction began two years ago.</p></article></body></html>"
    )
    document = only_document(load([write(tmp_path / "brief.html", brief)]))
    lines = document.text.splitlines()
    assert lines[0] == "New bridge opens to traffic"
    assert "The new bridge over the Tagus opened to traffic on Tuesday morning, the ministry said." in lines
    assert lines[-1] == "Construction began two years ago."


@pytest.mark.usefixtures("no_network")
def test_pages_read_in_worker_processes_give_what_one_process_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(12):
        write(tmp_path / f"page{number:02}.html", PAGE.replace("on Sunday", f"on day {number}"))
    write(tmp_path / "page03.html", b"")  # skipped, in its place
    latin = PAGE.replace("Sunday", "Sunday \u2013 caf\u00e9").encode("cp1252")
    write(tmp_path / "page05.html", latin)  # a warning, told in its turn
    write(tmp_path / "page06-plain.txt", "A plain article between the pages, filed on Monday.\nIts body.")
    write(tmp_path / "metadata.csv", "file,published\npage07.html,2025-03-09\n")
    pools: list[int] = []
    real_pool = load_module.process_pool

    def counted(jobs: int) -> object:
        pools.append(jobs)
        return real_pool(jobs)

    monkeypatch.setattr(load_module, "process_pool", counted)
    alone = load([tmp_path])
    assert pools == []
    together = load([tmp_path], jobs=2)
    assert pools == [2]
    assert together == alone
    assert [d.id for d in together.documents][:3] == ["page00", "page01", "page02"]
    assert together.skipped == (Skipped(path=str(tmp_path / "page03.html"), reason="empty"),)
    assert len(together.warnings) == 1 and "page05.html" in together.warnings[0]
    assert [type(item).__name__ for item in iter_load([tmp_path], jobs=2)] == [
        type(item).__name__ for item in iter_load([tmp_path])
    ]


def test_load_refuses_a_number_of_jobs_that_is_none(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="jobs"):
        load([tmp_path], jobs=0)


# --------------------------------------------------------------------------- API forms


def test_iter_load_streams_same_results_and_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", "Café\nbody".encode("cp1252"))
    write(tmp_path / "c.txt", "")
    write(tmp_path / "metadata.csv", "file,published\nzzz.txt,2025-01-01\n")
    with caplog.at_level(logging.WARNING, logger="timeline.load"):
        streamed = list(iter_load([tmp_path]))
        logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        loaded = load([tmp_path])
        # load() hands its warnings back instead of logging them a second time
        assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == logged
    assert [x for x in streamed if isinstance(x, Document)] == list(loaded.documents)
    assert [x for x in streamed if isinstance(x, Skipped)] == list(loaded.skipped)
    assert logged == list(loaded.warnings)
    assert len(loaded.warnings) == 2


def test_iter_load_is_lazy(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    stream = iter_load([tmp_path])
    write(tmp_path / "b.txt", ARTICLE)  # the listing happens on the first next()
    assert [d.id for d in stream if isinstance(d, Document)] == ["a", "b"]


def test_single_path_not_iterated_as_characters(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    assert [d.id for d in load(str(tmp_path)).documents] == ["a"]
    assert [d.id for d in load(tmp_path).documents] == ["a"]  # type: ignore[arg-type]


def test_load_text() -> None:
    document = load_text("\ufeffHeadline\r\nBody text.", id="t1", source="AP", published=dt.date(2025, 3, 15))
    assert document == Document(
        id="t1",
        text="Headline\nBody text.",
        title="Headline",
        source="AP",
        published=PublicationDate.exact(dt.date(2025, 3, 15), Method.METADATA, evidence="given to load_text"),
    )
    assert load_text("One sentence only.").id == "text"
    assert load_text("Headline\nBody", title=None).title is None


def test_load_text_reads_a_date_written_out_and_refuses_what_is_no_date() -> None:
    given = load_text("x", published=dt.date(2025, 3, 15)).published
    assert load_text("x", published="2025-03-15").published == given
    assert load_text("x", published="15 March 2025").published == given
    with pytest.raises(MetadataError, match="yesterday"):
        load_text("x", published="yesterday")
    with pytest.raises(MetadataError):
        load_text("x", published=20250315)


def test_load_text_rejects_unknown_field() -> None:
    with pytest.raises(TypeError):
        load_text("x", author="me")


@settings(max_examples=40)
@given(st.text(alphabet=string.printable + "’“”—é", max_size=300))
def test_load_text_offsets_refer_to_text(text: str) -> None:
    document = load_text(text)
    assert "\r" not in document.text
    if document.title is not None:
        assert document.title in document.text
        assert len(document.title) <= 200


# --------------------------------------------------------------------------- the seeds


def test_seeds() -> None:
    result = load([SEEDS])
    assert result.skipped == ()
    assert result.warnings == ()
    documents = {d.id: d for d in result.documents}
    assert len(documents) == 5
    by_prefix = {key[:3]: doc for key, doc in documents.items()}
    assert sorted(by_prefix) == ["000", "001", "002", "003", "004"]
    assert by_prefix["002"].published == PublicationDate.exact(
        dt.date(2025, 3, 15), Method.METADATA, evidence="metadata.csv: published 2025-03-15"
    )
    assert by_prefix["002"].source == "LBC"
    assert by_prefix["003"].published == PublicationDate.exact(
        dt.date(2025, 2, 19), Method.METADATA, evidence="metadata.csv: published 2025-02-19"
    )
    assert by_prefix["003"].source == "The i Paper"
    for prefix in ("000", "001", "004"):
        assert by_prefix[prefix].published is None
    assert by_prefix["000"].title == "No Plan B to Ukraine peace deal except war, Starmer warns Putin"
    assert by_prefix["001"].title is None
    assert by_prefix["004"].title is None
    for document in documents.values():
        assert document.text == (SEEDS / f"{document.id}.txt").read_text(encoding="utf-8")


def test_exports_and_tables_in_a_folder_are_skipped_not_read_as_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks were held on Tuesday.", encoding="utf-8")
    (tmp_path / "events.csv").write_text("start,end,title\n2025-03-11,2025-03-11,Talks\n", encoding="utf-8")
    (tmp_path / "events.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    (tmp_path / "timeline.JSON").write_text('{\n  "documents": []\n}\n', encoding="utf-8")
    loaded = load([tmp_path])
    assert [d.id for d in loaded.documents] == ["a"]
    assert sorted(os.path.basename(s.path) for s in loaded.skipped) == [
        "events.csv",
        "events.ics",
        "timeline.JSON",
    ]
    assert all(s.reason.startswith("not an article") for s in loaded.skipped)
    # Named explicitly, the file is read as plain text, as before.
    named = load([tmp_path / "events.csv"])
    assert [d.id for d in named.documents] == ["events"] and not named.skipped
