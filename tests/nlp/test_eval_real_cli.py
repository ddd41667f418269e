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


def _own_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A researcher's own labelled paragraph: (texts folder, labels file)."""
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
    return folder, labels


def test_scores_per_split_and_kind(tmp_path):
    """A folder holding texts for labels of one's own: scored per split."""
    from baochi.nlp.evaluate import evaluate_real

    folder, labels = _own_corpus(tmp_path)
    report = evaluate_real(folder, labels)
    assert report["complete"] and set(report) >= {"all", "dev"}
    for kind in ("campaigns", "organisations", "dates"):
        assert report["dev"][kind]["f1"] == 1.0, (kind, report["dev"]["errors"])


def test_own_labels_from_the_command_line(tmp_path):
    folder, labels = _own_corpus(tmp_path)
    r = run("--real", str(folder), "--labels", str(labels), "--errors")
    assert r.returncode == 0, r.stderr
    dev = [line.split() for line in r.stdout.splitlines() if line.startswith("dev ")]
    assert {row[1]: row[4] for row in dev if row[1] in ("campaigns", "organisations", "dates")} == {
        "campaigns": "1.000", "organisations": "1.000", "dates": "1.000"}


def test_own_labels_need_a_folder_and_a_file(tmp_path):
    folder, labels = _own_corpus(tmp_path)
    assert run("--labels", str(labels)).returncode == 2
    missing = run("--real", str(folder), "--labels", str(tmp_path / "none.jsonl"))
    assert missing.returncode == 2 and "no labels file" in missing.stderr
