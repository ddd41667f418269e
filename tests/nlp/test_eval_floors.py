"""Evaluation gate: a change that makes extraction worse on the gold set fails CI.

Floors (issue 5): campaign F1 ≥ 0.90, organisation F1 ≥ 0.85, date resolution ≥ 0.95. Dates
are also held to F1 ≥ 0.95 with span and value both right, which implies the resolution floor.
"""

from __future__ import annotations

import pytest
from baochi.nlp.evaluate import evaluate

FLOORS = {"campaigns": 0.90, "organisations": 0.85, "dates": 0.95}
DATE_RESOLUTION_FLOOR = 0.95
MIN_SENTENCES = 200


@pytest.fixture(scope="module")
def report():
    return evaluate(baseline=False)


def test_gold_set_size(report, gold_rows):
    assert report["sentences"] >= MIN_SENTENCES
    assert len({row["id"] for row in gold_rows}) == len(gold_rows)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_f1_floor(report, kind):
    assert report[kind]["f1"] >= FLOORS[kind], report[kind]


def test_date_resolution_floor(report):
    assert report["date_resolution"] >= DATE_RESOLUTION_FLOOR


def test_gold_spans_are_consistent(gold_rows):
    for row in gold_rows:
        for group in ("campaigns", "organisations", "dates"):
            for span in row[group]:
                assert 0 <= span["start"] < span["end"] <= len(row["text"]), row["id"]


def test_gold_jsonl_matches_its_source(tmp_path):
    """sentences.jsonl is generated from sentences.txt: they must not drift apart."""
    from baochi.nlp.evaluate import GOLD_PATH
    from baochi.nlp.gold.build import build

    fresh = tmp_path / "sentences.jsonl"
    build(GOLD_PATH.with_suffix(".txt"), fresh)
    assert fresh.read_text(encoding="utf-8") == GOLD_PATH.read_text(encoding="utf-8")
