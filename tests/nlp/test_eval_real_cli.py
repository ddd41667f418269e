"""`baochi eval --real DIR` as a user runs it: one clear line and exit 2 without the texts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from baochi.nlp.real_text import sha256_text

BAOCHI = Path(sys.executable).parent / "baochi"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BAOCHI), "eval", *args], capture_output=True, text=True,
                          timeout=120)


def test_absent_folder_is_one_line_and_exit_2(tmp_path):
    r = run("--real", str(tmp_path / "nowhere"))
    assert r.returncode == 2
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "does not exist" in lines[0]


def test_folder_without_paragraphs_file_is_exit_2(tmp_path):
    r = run("--real", str(tmp_path))
    assert r.returncode == 2
    assert "paragraphs.jsonl" in r.stderr


def test_scores_per_split_and_kind(tmp_path):
    """A folder holding texts for two labels of one's own: scored per split."""
    text = "Ngày 5/3/2024, UBND tỉnh Nghệ An phát động phong trào “Sạch làng, đẹp ruộng”."
    labels = tmp_path / "labels.jsonl"
    row = {"id": "own-1", "url": "http://127.0.0.1/a", "sha256": sha256_text(text),
           "split": "dev", "source": None, "published_at": "2024-03-05",
           "campaigns": [{"name": "Sạch làng, đẹp ruộng", "start": 64, "end": 83}],
           "organisations": [{"name": "Ủy ban nhân dân tỉnh Nghệ An", "start": 12, "end": 28}],
           "dates": [{"date_start": "2024-03-05", "date_end": "2024-03-05",
                      "granularity": "day", "start": 0, "end": 13}]}
    labels.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "paragraphs.jsonl").write_text(
        json.dumps({"sha256": row["sha256"], "url": row["url"], "text": text},
                   ensure_ascii=False) + "\n", encoding="utf-8")
    from baochi.nlp.evaluate import evaluate_real

    report = evaluate_real(folder, labels)
    assert report["complete"] and set(report) >= {"all", "dev"}
    for kind in ("campaigns", "organisations", "dates"):
        assert report["dev"][kind]["f1"] == 1.0, (kind, report["dev"]["errors"])
