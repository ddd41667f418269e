"""The real-text labelling tool (`baochi.nlp.real_labels`, `baochi eval label`): drafts in the
annotation format, builds labels whose spans are computed from surfaces, keeps ids with their
paragraphs, and stops with the file and line of a bad annotation. Pages and annotations are
written here (sentences of our own, no press text)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from baochi.nlp.real_labels import LabelError, Page, build, draft, known_ids, read_page_file
from baochi.nlp.real_text import sha256_text

from tests.nlp.mention_support import organisation_rows

BAOCHI = Path(sys.executable).parent / "baochi"

URL_A = "https://baonghean.vn/xa-hoi/bai-a.html"
URL_B = "https://baonghean.vn/xa-hoi/bai-b.html"
URL_C = "https://baolaichau.vn/bai-c.html"
PARA_A1 = ("Sáng 12/3, Hội Nông dân tỉnh Nghệ An phát động phong trào “Nông dân sản xuất, kinh "
           "doanh giỏi” tại xã Nghi Phong; Hội Nông dân tỉnh sẽ tổng kết vào cuối năm.")
PARA_A2 = ("Năm 2023, Đoàn Thanh niên xã Nghi Phong trao 20 suất quà cho học sinh nghèo, "
           "nhân dịp khai giảng năm học mới.")
PARA_B1 = ("Ngày 5/6/2024, UBND huyện Nghi Lộc tổ chức hội nghị sơ kết công tác phòng, chống "
           "thiên tai và tìm kiếm cứu nạn trên địa bàn.")
PARA_C1 = ("Chiều 20/9, Sở Y tế tỉnh Lai Châu kiểm tra an toàn thực phẩm tại các bếp ăn tập thể "
           "của các trường học trên địa bàn thành phố.")


# the annotation of page A's two paragraphs (also the first labelling of tests/nlp/test_agreement)
ANNOTATION_A = [
    f"@ {URL_A} | Sáng 12/3, Hội",
    "O Hội Nông dân tỉnh Nghệ An | Hội Nông dân tỉnh Nghệ An | - | Nghệ An",
    "D Sáng 12/3 | 2024-03-12 | 2024-03-12 | day",
    "C phong trào “Nông dân sản xuất, kinh doanh giỏi” | Nông dân sản xuất, kinh doanh giỏi | phong trào",
    "O Hội Nông dân tỉnh#2 | Hội Nông dân tỉnh Nghệ An | - | Nghệ An",
    f"@ {URL_A} | Năm 2023",
    "D Năm 2023 | 2023-01-01 | 2023-12-31 | year",
    "O Đoàn Thanh niên xã Nghi Phong | Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Nghi Phong | - | Nghệ An",
]


def page_block(url: str, paper: str, published_at: str, *lines: str) -> str:
    head = f"=== {url}\npaper: {paper}\nkind: provincial\nprovince: -\npublished_at: {published_at}\n---\n"
    return head + "\n".join(lines) + "\n"


def folder(tmp_path: Path) -> Path:
    """A labelling folder: one page file of two pages, their annotations and the splits."""
    d = tmp_path / "texts"
    (d / "pages").mkdir(parents=True)
    (d / "ann").mkdir()
    (d / "pages" / "010.txt").write_text(
        page_block(URL_A, "Báo Nghệ An", "2024-03-12", "Nông dân thi đua", "", PARA_A1, PARA_A2)
        + page_block(URL_B, "Báo Nghệ An", "2024-06-05", PARA_B1), encoding="utf-8")
    (d / "ann" / "010.txt").write_text("\n".join([
        "# batch of our own", *ANNOTATION_A, f"@ {URL_B} | Ngày 5/6/2024", "", ""]),
        encoding="utf-8")
    (d / "splits.json").write_text(json.dumps({"Báo Nghệ An": "dev", "Báo Lai Châu": "heldout"},
                                              ensure_ascii=False), encoding="utf-8")
    return d


def with_page_c(d: Path, name: str, *ann: str) -> Path:
    """Page C (a held-out paper) in its own page file, annotated with ``ann`` after its ``@``."""
    (d / "pages" / name).write_text(page_block(URL_C, "Báo Lai Châu", "2024-09-20", PARA_C1),
                                    encoding="utf-8")
    (d / "ann" / name).write_text("\n".join([f"@ {URL_C} | Chiều 20/9", *ann]) + "\n",
                                  encoding="utf-8")
    return d


def rows_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_draft_lists_what_analyse_finds_in_each_long_paragraph(tmp_path):
    d = folder(tmp_path)
    pages = read_page_file(d / "pages" / "010.txt")
    assert [p.url for p in pages] == [URL_A, URL_B]
    lines = list(draft(pages[:1]))
    heads = [ln for ln in lines if ln.startswith("@ ")]
    # the headline under 80 characters is not a paragraph to label
    assert heads == [f"@ {URL_A} | {PARA_A1[:40]}", f"@ {URL_A} | {PARA_A2[:40]}"]
    first = lines[:lines.index("")]
    assert first[1] == f"# {PARA_A1}"
    # analysed as the scorer will: the page date, and the page address for the paper
    orgs = [ln[2:].split(" | ")[:2] for ln in first if ln.startswith("O ")]
    assert orgs == [list(row) for row in organisation_rows(PARA_A1, "2024-03-12", URL_A)]
    assert orgs, "the draft holds the extractor's organisations"
    assert all(ln[:2] in {"@ ", "# ", "C ", "O ", "D "} for ln in lines if ln)


def test_draft_uses_the_given_analyser_and_the_source_id_when_there_is_one():
    seen = []

    def fake(text, published_at=None, source=None):
        seen.append((published_at, source))
        return {"campaigns": [], "organisations": [], "dates": [
            {"surface": "20/9", "date_start": "2024-09-20", "date_end": "2024-09-20",
             "granularity": "day"}]}

    page = Page(url=URL_C, paper="Báo Lai Châu", kind="provincial", source="baolaichau",
                published_at="2024-09-20", text=PARA_C1)
    assert list(draft([page], fake)) == [
        f"@ {URL_C} | {PARA_C1[:40]}", f"# {PARA_C1}",
        "D 20/9 | 2024-09-20 | 2024-09-20 | day", ""]
    assert seen == [("2024-09-20", "baolaichau")]


def test_build_computes_spans_from_surfaces_and_writes_the_texts(tmp_path):
    d = folder(tmp_path)
    labels = tmp_path / "labels.jsonl"
    rows = build(d, labels)
    assert rows_of(labels) == rows
    assert [r["id"] for r in rows] == ["real-0001", "real-0002", "real-0003"]
    texts = {t["sha256"]: t["text"] for t in rows_of(d / "paragraphs.jsonl")}
    assert list(texts.values()) == [PARA_A1, PARA_A2, PARA_B1]
    first = rows[0]
    assert first["sha256"] == sha256_text(PARA_A1) and first["length"] == len(PARA_A1)
    assert first["split"] == "dev" and first["province"] is None
    assert first["published_at"] == "2024-03-12" and first["source"] is None
    assert first["offset"] == len("Nông dân thi đua\n\n")
    for row in rows:
        text = texts[row["sha256"]]
        for kind in ("campaigns", "organisations", "dates", "not_campaigns"):
            assert all(text[m["start"]:m["end"]] == m["surface"] for m in row[kind])
            assert [m["start"] for m in row[kind]] == sorted(m["start"] for m in row[kind])
    bodies = first["organisations"]
    # `#2` is the second occurrence, after the campaign; "-" is no acronym
    assert bodies[1]["surface"] == "Hội Nông dân tỉnh"
    assert bodies[1]["start"] == PARA_A1.index("Hội Nông dân tỉnh", bodies[0]["end"])
    assert bodies[0]["acronym"] is None and bodies[0]["province"] == "Nghệ An"
    assert first["campaigns"][0]["kind"] == "phong trào"
    assert rows[2]["organisations"] == [] and rows[2]["dates"] == []


def test_ids_stay_with_their_paragraphs_when_a_file_goes_in_before(tmp_path):
    d = folder(tmp_path)
    labels = tmp_path / "labels.jsonl"
    before = {r["sha256"]: r["id"] for r in build(d, labels)}
    with_page_c(d, "005.txt", "O Sở Y tế tỉnh Lai Châu | Sở Y tế tỉnh Lai Châu | - | Lai Châu")
    rows = build(d, labels)
    assert rows[0]["sha256"] == sha256_text(PARA_C1)
    assert rows[0]["id"] == "real-0004" and rows[0]["split"] == "heldout"
    assert {r["sha256"]: r["id"] for r in rows[1:]} == before
    assert known_ids(labels) == {**before, sha256_text(PARA_C1): "real-0004"}


def test_a_surface_not_in_the_paragraph_names_file_and_line_and_writes_nothing(tmp_path):
    d = folder(tmp_path)
    labels = tmp_path / "labels.jsonl"
    build(d, labels)
    written = labels.read_bytes()
    ann = d / "ann" / "010.txt"
    ann.write_text(ann.read_text(encoding="utf-8").replace(
        "O Đoàn Thanh niên xã Nghi Phong |", "O Đoàn Thanh niên xã Nghi Lộc |"), encoding="utf-8")
    with pytest.raises(LabelError, match=r"010\.txt:9: surface 'Đoàn Thanh niên xã Nghi Lộc' \(#1\) not in paragraph"):
        build(d, labels)
    assert labels.read_bytes() == written


@pytest.mark.parametrize(("line", "message"), [
    ("X Chiều 20/9 | a", "unknown tag 'X'"),
    ("D Chiều 20/9 | 2024-09-20", "a D line needs 4 fields"),
    (f"@ {URL_A} | Không có", "matches 0 paragraphs"),
    (f"@ {URL_A} | Năm 2023", "duplicate paragraph"),
    ("@ https://baonghean.vn/khac | Năm", "is not in pages/"),
])
def test_bad_lines_are_named(tmp_path, line, message):
    d = with_page_c(folder(tmp_path), "020.txt", line)
    with pytest.raises(LabelError, match=rf"^020\.txt:2: .*{message}"):
        build(d, tmp_path / "labels.jsonl")


def test_a_paper_without_a_split_is_an_error_and_no_splits_file_means_dev(tmp_path):
    d = folder(tmp_path)
    (d / "splits.json").write_text("{}", encoding="utf-8")
    with pytest.raises(LabelError, match="'Báo Nghệ An' has no split"):
        build(d, tmp_path / "labels.jsonl")
    (d / "splits.json").unlink()
    assert {r["split"] for r in build(d, tmp_path / "labels.jsonl")} == {"dev"}


def test_the_command_builds_and_a_bad_line_is_exit_2(tmp_path):
    d = folder(tmp_path)
    labels = tmp_path / "own" / "labels.jsonl"
    r = subprocess.run([str(BAOCHI), "eval", "label", "build", "--texts", str(d), "--labels", str(labels)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "3 paragraphs, 1 papers (dev 3)"
    assert [row["id"] for row in rows_of(labels)] == ["real-0001", "real-0002", "real-0003"]
    with_page_c(d, "030.txt", "D Chiều 21/9 | - | - | day")
    from baochi.pipeline.cli.app import app
    from typer.testing import CliRunner

    bad = CliRunner().invoke(app, ["eval", "label", "build", "--texts", str(d), "--labels", str(labels)])
    assert bad.exit_code == 2
    assert "030.txt:2: surface 'Chiều 21/9'" in bad.output


def test_a_mention_at_the_top_of_a_file_belongs_to_no_paragraph(tmp_path):
    """Each annotation file starts afresh: a mention cannot fall onto the previous file's last paragraph."""
    d = folder(tmp_path)
    (d / "ann" / "040.txt").write_text("D Ngày 5/6/2024 | 2024-06-05 | 2024-06-05 | day\n", encoding="utf-8")
    with pytest.raises(LabelError, match=r"^040\.txt:1: a mention before any '@ URL \| prefix' line"):
        build(d, tmp_path / "labels.jsonl")


def test_the_command_defaults_are_the_module_defaults():
    """The CLI writes its defaults out (importing baochi.nlp at start would load underthesea):
    they must stay the module's."""
    from baochi.nlp import real_labels
    from baochi.pipeline.cli.commands import text

    assert (text.TEXTS_DIR, text.LABELS_FILE) == (real_labels.TEXTS_DIR, real_labels.LABELS_FILE)


def test_the_build_summary_never_names_held_out_outlets():
    from baochi.nlp.real_labels import summary

    rows = [{"split": "dev", "paper": "Báo A"}, {"split": "dev", "paper": "Báo A"},
            {"split": "heldout", "paper": "Báo Bí Mật"}, {"split": "heldout", "paper": "Đài Kín"}]
    text = summary(rows)
    assert "Báo A" in text and "Bí Mật" not in text and "Đài Kín" not in text
    assert "heldout  2 paragraphs from 2 outlets (not named)" in text
    assert text.splitlines()[-1] == "4 paragraphs, 3 papers (dev 2, heldout 2)"
