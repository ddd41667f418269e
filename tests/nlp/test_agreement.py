"""Agreement between two labellings and the adjudication sheet (`baochi.nlp.agreement`,
`baochi eval label agree|sheet`): the same scorer as the extractor's, value and presence
disagreements told apart, a sheet that hides who proposed a line and builds back into labels.
Pages and labels are written here (sentences of our own, no press text)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from baochi.nlp.agreement import adjudication_sheet, compare, extractor_rows
from baochi.nlp.real_labels import build, read_pages
from baochi.nlp.real_text import load_texts

from tests.nlp.test_real_labels import ANNOTATION_A, URL_A, folder, rows_of

BAOCHI = Path(sys.executable).parent / "baochi"


def labelled(tmp_path: Path, name: str, ann_lines: list[str]) -> tuple[Path, list[dict]]:
    """The test folder's pages labelled by ``ann_lines`` (one labeller), built to NAME.jsonl."""
    d = folder(tmp_path / name)
    (d / "ann" / "010.txt").write_text("\n".join(ann_lines) + "\n", encoding="utf-8")
    out = tmp_path / f"{name}.jsonl"
    return d, build(d, out)


FIRST = ANNOTATION_A
# the second labeller: another canonical name for the Youth Union (a value disagreement), the
# campaign's quotes left out of its span (the same value), the second 'Hội Nông dân tỉnh' not
# labelled, and the year's date read as a day (a value disagreement); one date more
SECOND = [
    f"@ {URL_A} | Sáng 12/3, Hội",
    "O Hội Nông dân tỉnh Nghệ An | Hội Nông dân tỉnh Nghệ An | - | Nghệ An",
    "D Sáng 12/3 | 2024-03-12 | 2024-03-12 | day",
    "C Nông dân sản xuất, kinh doanh giỏi | Nông dân sản xuất, kinh doanh giỏi | phong trào thi đua",
    "D cuối năm | 2024-10-01 | 2024-12-31 | quarter",
    f"@ {URL_A} | Năm 2023",
    "D Năm 2023 | 2023-01-01 | 2023-01-01 | day",
    "O Đoàn Thanh niên xã Nghi Phong | Đoàn Thanh niên xã Nghi Phong | - | Nghệ An",
]


def test_identical_labellings_agree_fully(tmp_path):
    _d, rows = labelled(tmp_path, "a", FIRST)
    result = compare(rows, rows)
    assert result.paragraphs == 2
    assert all(result.scores[k]["f1"] == 1.0 for k in result.scores)
    assert result.differences == []


def test_disagreements_are_sorted_into_value_and_presence(tmp_path):
    _d, a = labelled(tmp_path, "a", FIRST)
    _d, b = labelled(tmp_path, "b", SECOND)
    result = compare(a, b)
    assert result.paragraphs == 2
    # the campaign agrees although its span differs: the scorer compares resolved values
    assert result.scores["campaigns"]["tp"] == 1
    org = result.scores["organisations"]
    assert (org["tp"], org["predicted"], org["gold"]) == (1, 2, 3)
    assert result.value["organisations"] == 1          # the Youth Union named otherwise
    assert result.presence["organisations"] == [1, 0]  # the second 'Hội Nông dân tỉnh'
    dates = result.scores["dates"]
    assert (dates["tp"], dates["predicted"], dates["gold"]) == (1, 3, 2)
    assert result.value["dates"] == 1 and result.presence["dates"] == [0, 1]
    # F1 does not depend on which labelling is the reference; precision and recall swap
    back = compare(b, a)
    assert back.scores["organisations"]["f1"] == org["f1"]
    assert back.scores["organisations"]["precision"] == org["recall"]
    assert back.presence["dates"] == [1, 0]


def test_paragraphs_only_one_side_labelled_are_counted_not_scored(tmp_path):
    _d, a = labelled(tmp_path, "a", FIRST)
    result = compare(a, a[:1])
    assert (result.paragraphs, result.only_reference, result.only_other) == (1, 1, 0)
    assert result.scores["dates"]["gold"] == 1


def test_sheet_hides_the_source_and_builds_back_into_labels(tmp_path):
    d, a = labelled(tmp_path, "a", FIRST)
    _d, b = labelled(tmp_path, "b", SECOND)
    texts, pages = load_texts(d), read_pages(d)
    lines = list(adjudication_sheet([a, b], texts, pages))
    assert lines[0].startswith(f"@ {URL_A} | Sáng 12/3")
    # each candidate once, after a comment with its votes; nothing names a labelling
    assert "# = 2/2" in lines and "# ? 1/2" in lines
    assert not any("a.jsonl" in line or "b.jsonl" in line for line in lines)
    campaign_lines = [line for line in lines if line.startswith("C ")]
    assert len(campaign_lines) == 1  # one value, two spans: one candidate
    assert "O Hội Nông dân tỉnh#2 | Hội Nông dân tỉnh Nghệ An | - | Nghệ An" in lines
    # the adjudicator keeps the sheet as it is: build gives every candidate
    sheet_dir = tmp_path / "adj"
    (sheet_dir / "ann").mkdir(parents=True)
    shutil.copytree(d / "pages", sheet_dir / "pages")
    (sheet_dir / "ann" / "sheet.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    union = build(sheet_dir, tmp_path / "union.jsonl")
    assert compare(a, union).scores["organisations"]["recall"] == 1.0  # a ⊂ union
    assert compare(b, union).scores["organisations"]["recall"] == 1.0  # b ⊂ union
    # ... or deletes the disputed lines it rejects: build gives what stays
    kept = [line for i, line in enumerate(lines)
            if not (line.startswith("D cuối năm") or lines[i - 1:i] == ["# ? 1/2"]
                    and "2023-01-01 | day" in line)]
    (sheet_dir / "ann" / "sheet.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
    adjudicated = build(sheet_dir, tmp_path / "adjudicated.jsonl")
    dates = compare(adjudicated, a).scores["dates"]
    assert dates["f1"] == 1.0


def test_the_extractor_is_one_more_labelling(tmp_path):
    d, a = labelled(tmp_path, "a", FIRST)
    calls = []

    def fake_analyse(text, published_at=None, source=None):
        calls.append((published_at, source))
        return {"campaigns": [], "organisations": [], "dates": [
            {"surface": "Năm 2023", "start": 0, "end": 8, "date_start": "2023-01-01",
             "date_end": "2023-12-31", "granularity": "year"}] if text.startswith("Năm") else []}

    rows = extractor_rows(a, load_texts(d), fake_analyse)
    assert calls == [("2024-03-12", URL_A), ("2024-03-12", URL_A)]
    assert "not_campaigns" not in rows[0]  # it labels none: it does not vote on them
    result = compare(a, rows)
    assert result.scores["dates"]["tp"] == 1 and result.presence["dates"] == [1, 0]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BAOCHI), "eval", "label", *args], capture_output=True, text=True,
                          timeout=300)


def test_agree_and_sheet_from_the_command_line(tmp_path):
    d, _a = labelled(tmp_path, "a", FIRST)
    labelled(tmp_path, "b", SECOND)
    out = cli("agree", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--differences")
    assert out.returncode == 0, out.stderr
    assert "paragraphs labelled by both: 2" in out.stdout
    org_line = next(line for line in out.stdout.splitlines() if line.startswith("organisations"))
    assert org_line.split()[3] == "0.400"  # 1 agreed of 2 and 3: P 0.5, R 0.33
    assert "reference-only 'Hội Nông dân tỉnh'" in out.stdout

    sheet = tmp_path / "sheet"
    made = cli("sheet", str(sheet), "--texts", str(d), "--labels", str(tmp_path / "a.jsonl"),
               "--labels", str(tmp_path / "b.jsonl"))
    assert made.returncode == 0, made.stderr
    assert "2 paragraphs" in made.stdout and "(2 labellings)" in made.stdout
    assert (sheet / "pages" / "010.txt").is_file()
    assert json.loads((sheet / "splits.json").read_text(encoding="utf-8"))["Báo Nghệ An"] == "dev"
    built = subprocess.run([str(BAOCHI), "eval", "label", "build", "--texts", str(sheet),
                            "--labels", str(tmp_path / "adj.jsonl")], capture_output=True, text=True,
                           timeout=300)
    assert built.returncode == 0, built.stderr
    assert len(rows_of(tmp_path / "adj.jsonl")) == 2
    # an adjudication in progress is never overwritten
    again = cli("sheet", str(sheet), "--texts", str(d), "--labels", str(tmp_path / "a.jsonl"))
    assert again.returncode == 2 and "not overwritten" in again.stderr


def test_agree_says_what_is_wrong_with_its_files(tmp_path):
    _d, _a = labelled(tmp_path, "a", FIRST)
    missing = cli("agree", str(tmp_path / "a.jsonl"), str(tmp_path / "none.jsonl"))
    assert missing.returncode == 2 and "none.jsonl not found" in missing.stderr
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "x", "url": "u", "sha256": "0" * 64, "campaigns": [],
                                 "organisations": [], "dates": []}) + "\n", encoding="utf-8")
    apart = cli("agree", str(tmp_path / "a.jsonl"), str(other))
    assert apart.returncode == 2 and "no paragraph in common" in apart.stderr


def test_the_committed_agreement_study_reproduces_its_figures():
    """nlp/README 'How far two labellers agree': the labels of batches 22-24 as first labelled,
    labelled again blind, and adjudicated; the adjudicated rows are the project's labels."""
    from baochi.nlp.real_text import LABELS_PATH, load_labels

    folder = LABELS_PATH.parent / "agreement"
    first, second, adjudicated = (load_labels(folder / f"batches22-24.{name}.jsonl")
                                  for name in ("first", "second", "adjudicated"))
    assert len(first) == len(second) == len(adjudicated) == 200
    f1 = {kind: round(score["f1"], 3) for kind, score in compare(adjudicated, first).scores.items()}
    assert f1 == {"campaigns": 0.922, "organisations": 0.956, "dates": 1.0}
    f1 = {kind: round(score["f1"], 3) for kind, score in compare(adjudicated, second).scores.items()}
    assert f1 == {"campaigns": 0.921, "organisations": 0.992, "dates": 0.994}
    project = {row["sha256"]: row for row in load_labels()}
    studies = sorted(folder.glob("*.adjudicated.jsonl"))
    assert len(studies) >= 3
    for study in studies:  # every adjudicated study's rows are the project's labels
        for row in load_labels(study):
            assert project[row["sha256"]] == row, (study.name, row["id"])


def test_a_sheet_says_which_labelled_paragraphs_it_cannot_place(tmp_path):
    d, a = labelled(tmp_path, "a", FIRST)
    # a label whose paragraph the folder does not hold (another folder's, or retrieved later)
    stray = {**a[0], "id": "real-9999", "sha256": "f" * 64}
    (tmp_path / "with_stray.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [*a, stray]), encoding="utf-8")
    made = cli("sheet", str(tmp_path / "sheet"), "--texts", str(d), "--labels",
               str(tmp_path / "with_stray.jsonl"))
    assert made.returncode == 0, made.stderr
    assert "1 labelled paragraphs left out of the sheet" in made.stderr and "real-9999" in made.stderr
    assert "2 paragraphs" in made.stdout
