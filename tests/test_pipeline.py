"""The whole pipeline: determinism across input order and --jobs, and the no-anchor error."""

from __future__ import annotations

import datetime as dt
import gc
import io
import random
import signal
from typing import Any

import pytest

import timeline
from timeline import pipeline
from timeline.config import Config
from timeline.errors import ConfigError, DatingError
from timeline.export import json as json_export
from timeline.model import Document, Method, PublicationDate

START = dt.date(2025, 3, 3)
TOPICS = ["the budget vote", "the rail strike", "the flood defences", "the peace talks", "the trade deal"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def corpus(count: int) -> list[Document]:
    """Small articles on a few stories over two weeks, every third without a date."""
    rng = random.Random(7)
    docs = []
    for n in range(count):
        published = START + dt.timedelta(days=rng.randrange(14))
        topic, day = rng.choice(TOPICS), rng.choice(DAYS)
        text = (
            f"Ministers discussed {topic} on {day}, officials said.\n"
            f"Talks on {topic} will resume next week in London.\n"
            f"The minister said yesterday that {topic} was close to agreement."
        )
        dated = n % 3 != 0
        docs.append(
            Document(
                id=f"doc{n:03d}",
                text=text,
                published=PublicationDate.exact(published, Method.METADATA, "test") if dated else None,
            )
        )
    return docs


def as_json(tl: timeline.Timeline) -> str:
    buffer = io.StringIO()
    json_export.write(tl, buffer)
    return buffer.getvalue()


def test_jobs_give_byte_identical_output(monkeypatch: pytest.MonkeyPatch) -> None:
    pools = []
    real_pool = pipeline.process_pool

    def counting_pool(*args: Any) -> object:
        pools.append(args)
        return real_pool(*args)

    monkeypatch.setattr(pipeline, "process_pool", counting_pool)
    monkeypatch.setattr(pipeline, "_POOL_MINIMUM", 8)
    docs = corpus(40)
    config = Config(reference=START)
    assert as_json(timeline.build_timeline(docs, Config(reference=START, jobs=2))) == as_json(
        timeline.build_timeline(docs, config)
    )
    assert len(pools) == 1  # the pooled run really used worker processes


def test_workers_leave_ctrl_c_to_the_main_process() -> None:
    # Ctrl-C reaches every process of the group: a worker that took it would print a traceback.
    with pipeline._workers(2, pipeline._POOL_MINIMUM) as pool:
        assert pool is not None
        assert pool.submit(signal.getsignal, signal.SIGINT).result() is signal.SIG_IGN
        assert pool.submit(gc.isenabled).result() is False
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_batches_give_the_output_of_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    # Batches of 2 split the dated from the undated documents of corpus() every other batch.
    docs = corpus(13)
    config = Config(reference=START)
    whole = as_json(timeline.build_timeline(docs, config))
    monkeypatch.setattr(pipeline, "_BATCH", 2)
    assert as_json(timeline.build_timeline(docs, config)) == whole


def test_input_order_does_not_change_the_output() -> None:
    docs = corpus(30)
    shuffled = docs[:]
    random.Random(1).shuffle(shuffled)
    config = Config(reference=START)
    assert as_json(timeline.build_timeline(shuffled, config)) == as_json(
        timeline.build_timeline(docs, config)
    )


def test_an_article_nothing_anchors_stops_with_a_clear_error() -> None:
    lonely = Document(id="lonely", text="Something happened on Tuesday in a village.")
    with pytest.raises(DatingError) as caught:
        timeline.build_timeline([lonely])
    message = str(caught.value)
    assert "lonely" in message and "--reference" in message and "metadata" in message
    assert caught.value.documents == ("lonely",)
    # With a reference date the same article is dated, and says the date is an assumption.
    tl = timeline.build_timeline([lonely], Config(reference=dt.date(2025, 3, 15)))
    (doc,) = tl.documents
    assert doc.published is not None and doc.published.method is Method.REFERENCE


def test_repeated_document_ids_are_refused() -> None:
    twins = [Document(id="x", text="Talks on Monday."), Document(id="x", text="Vote on Tuesday.")]
    with pytest.raises(timeline.MetadataError, match="repeated: x"):
        timeline.build_timeline(twins, Config(reference=START))


def test_explain_of_an_unknown_event_is_a_timeline_error() -> None:
    tl = timeline.build_timeline(corpus(6), Config(reference=START))
    with pytest.raises(timeline.EventNotFoundError):
        timeline.explain(tl, "no-such-event")


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled: bool) -> None:
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        timeline.build_timeline(corpus(12), Config())
        assert gc.isenabled() is enabled
        with pytest.raises(DatingError):
            timeline.build_timeline([Document(id="x", text="Talks were held on Tuesday.")], Config())
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize(
    "settings",
    [
        {"jobs": 0},
        {"jobs": -3},
        {"jobs": 1.5},
        {"jobs": True},
        {"alignment_window": True},
        {"alignment_window": -1},
        {"merge_threshold": 2.0},
        {"merge_threshold": -0.1},
        {"reference": "2025-03-15"},
        {"reference": dt.datetime(2025, 3, 15, 12, 0)},
        {"day_first": "yes"},
    ],
)
def test_a_setting_out_of_range_is_refused_when_made(settings: dict[str, object]) -> None:
    # Not deep inside a run, with a built-in error far from its cause.
    with pytest.raises(ConfigError):
        Config(**settings)  # type: ignore[arg-type]


def test_tag_refuses_a_reference_that_is_no_date() -> None:
    with pytest.raises(ConfigError, match="2025-03-15"):
        timeline.tag("on Monday", "2025-03-15")  # type: ignore[arg-type]
    assert timeline.tag("on Monday", None)[0].value is None
