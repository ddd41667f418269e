"""Bootstrap intervals over outlets (baochi.nlp.confidence) and their place in `eval --real`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from baochi.nlp.confidence import Interval, cluster_counts, f1_interval
from baochi.nlp.real_text import outlet_of, sha256_text

BAOCHI = Path(sys.executable).parent / "baochi"


def _units(per_outlet: dict[str, list[tuple[int, int, int]]]) -> list[tuple[str, tuple[int, int, int]]]:
    return [(outlet, counts) for outlet, rows in per_outlet.items() for counts in rows]


def test_counts_are_summed_per_outlet_in_first_seen_order():
    names, counts = cluster_counts([("B", (1, 2, 3)), ("A", (1, 1, 1)), ("B", (2, 2, 2))])
    assert names == ["B", "A"]
    assert counts.tolist() == [[3, 4, 5], [1, 1, 1]]


def test_one_outlet_gives_its_point_score():
    interval = f1_interval(_units({"Báo X": [(3, 4, 4), (1, 1, 2)]}))
    # tp 4, predicted 5, gold 6: P .8, R .667, F1 .727
    assert interval.clusters == 1
    assert interval.low == interval.high == 2 * 0.8 * (4 / 6) / (0.8 + 4 / 6)


def test_no_paragraphs_is_a_perfect_empty_score():
    assert f1_interval([]) == Interval(1.0, 1.0, 0)


def test_the_interval_holds_the_point_estimate_and_is_reproducible():
    units = _units({f"outlet {i}": [(i % 4, 3, 4)] for i in range(30)})
    first, again = f1_interval(units), f1_interval(units)
    assert first == again
    tp = sum(c[0] for _o, c in units)
    predicted, gold = 3 * 30, 4 * 30
    p, r = tp / predicted, tp / gold
    point = 2 * p * r / (p + r)
    assert first.low < point < first.high
    assert first.low >= 0.0 and first.high <= 1.0


def test_outlets_that_agree_give_a_narrower_interval_than_outlets_that_differ():
    steady = f1_interval(_units({f"o{i}": [(8, 10, 10)] for i in range(20)}))
    mixed = f1_interval(_units({f"o{i}": [(10 if i % 2 else 6, 10, 10)] for i in range(20)}))
    assert steady.high - steady.low < 1e-9
    assert mixed.high - mixed.low > 0.05


def test_paragraphs_of_one_outlet_are_not_counted_as_independent_evidence():
    """The same 40 paragraphs, once as 40 outlets and once as 4 outlets of 10: the interval
    over 4 outlets is wider, because an outlet's paragraphs move together."""
    rows = [(10, 10, 10)] * 10 + [(2, 10, 10)] * 10 + [(9, 10, 10)] * 10 + [(5, 10, 10)] * 10
    as_forty = f1_interval([(f"o{i}", row) for i, row in enumerate(rows)])
    as_four = f1_interval([(f"o{i // 10}", row) for i, row in enumerate(rows)])
    assert as_four.clusters == 4 and as_forty.clusters == 40
    assert (as_four.high - as_four.low) > 2 * (as_forty.high - as_forty.low)


def test_the_outlet_is_the_paper_else_the_host():
    assert outlet_of({"paper": "Báo Hà Tĩnh", "url": "https://baohatinh.vn/a"}) == "Báo Hà Tĩnh"
    assert outlet_of({"url": "https://baohatinh.vn/a/b.html"}) == "baohatinh.vn"
    assert outlet_of({"id": "own-7"}) == "own-7"


def test_eval_real_prints_the_interval_and_the_number_of_outlets(tmp_path):
    """Two outlets, one extracted right and one not: the row carries an interval spanning them."""
    texts = ["Ngày 5/3/2024, UBND tỉnh Nghệ An phát động phong trào thi đua.",
             "Sáng 7/3/2024, Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị."]
    rows = [
        {"id": "own-1", "paper": "Báo A", "url": "http://127.0.0.1/a", "sha256": sha256_text(texts[0]),
         "split": "dev", "source": None, "published_at": "2024-03-05", "campaigns": [], "organisations": [],
         "dates": [{"date_start": "2024-03-05", "date_end": "2024-03-05", "granularity": "day",
                    "start": 5, "end": 13}]},
        # labelled with a wrong day on purpose: this outlet's date is a miss and a false positive
        {"id": "own-2", "paper": "Báo B", "url": "http://127.0.0.1/b", "sha256": sha256_text(texts[1]),
         "split": "dev", "source": None, "published_at": "2024-03-07", "campaigns": [], "organisations": [],
         "dates": [{"date_start": "2024-03-08", "date_end": "2024-03-08", "granularity": "day",
                    "start": 5, "end": 13}]},
    ]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "paragraphs.jsonl").write_text("".join(
        json.dumps({"sha256": r["sha256"], "url": r["url"], "text": t}, ensure_ascii=False) + "\n"
        for r, t in zip(rows, texts, strict=True)), encoding="utf-8")
    done = subprocess.run([str(BAOCHI), "eval", "--real", str(folder), "--labels", str(labels)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "F1 95% CI, by outlet" in done.stdout
    dates = next(line for line in done.stdout.splitlines() if line.startswith("dev ") and " dates " in line)
    fields = dates.replace("[", " ").replace("]", " ").replace(",", " ").split()
    f1, low, high, outlets = float(fields[4]), float(fields[5]), float(fields[6]), int(fields[-1])
    assert outlets == 2
    assert low <= f1 <= high and high - low > 0.3
