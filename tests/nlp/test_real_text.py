"""The real-text loader and scorer, on invented sentences in tmp_path (no press text here)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from baochi.nlp.real_text import (
    Joined,
    TextsMissing,
    join,
    load_labels,
    load_texts,
    score,
    sha256_text,
)

TEXT_A = "Hội Nông dân tỉnh Quảng Trị phát động phong trào “Chung sức xây dựng nông thôn mới” ngày 5/3/2021."
TEXT_B = "Quỹ “Vì người nghèo” của xã nhận thêm 20 triệu đồng."


def _span(text: str, surface: str) -> dict:
    start = text.index(surface)
    return {"surface": surface, "start": start, "end": start + len(surface)}


def _labels() -> list[dict]:
    a = {
        "id": "a", "url": "https://example.invalid/a", "split": "dev",
        "published_at": "2021-03-06", "sha256": sha256_text(TEXT_A), "length": len(TEXT_A),
        "campaigns": [{**_span(TEXT_A, "Chung sức xây dựng nông thôn mới"),
                       "name": "Chung sức xây dựng nông thôn mới", "kind": "phong trào thi đua"}],
        "organisations": [{**_span(TEXT_A, "Hội Nông dân tỉnh Quảng Trị"),
                           "name": "Hội Nông dân tỉnh Quảng Trị", "acronym": "HND",
                           "province": "Quảng Trị"}],
        "dates": [{**_span(TEXT_A, "ngày 5/3/2021"), "date_start": "2021-03-05",
                   "date_end": "2021-03-05", "granularity": "day"}],
        "not_campaigns": [],
    }
    b = {
        "id": "b", "url": "https://example.invalid/b", "split": "heldout",
        "published_at": None, "sha256": sha256_text(TEXT_B), "length": len(TEXT_B),
        "campaigns": [], "organisations": [], "dates": [],
        "not_campaigns": [{**_span(TEXT_B, "Vì người nghèo"), "why": "quỹ"}],
    }
    return [a, b]


def _write(tmp_path: Path, labels: list[dict], texts: dict[str, str]) -> tuple[Path, Path]:
    lp = tmp_path / "labels.jsonl"
    lp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels), "utf-8")
    d = tmp_path / "real-text"
    d.mkdir()
    (d / "paragraphs.jsonl").write_text("".join(
        json.dumps({"sha256": h, "url": "u", "text": t}, ensure_ascii=False) + "\n"
        for h, t in texts.items()), "utf-8")
    return lp, d


def _perfect(text: str, published_at=None, source=None) -> dict:
    """A stand-in extractor that returns the labels of the invented sentence it is given."""
    for row in _labels():
        if row["sha256"] == sha256_text(text):
            return {k: row[k] for k in ("campaigns", "organisations", "dates")}
    raise AssertionError("unexpected text")


def _trap_taker(text: str, published_at=None, source=None) -> dict:
    """Misses the organisation, gets the date wrong, and takes the fund's name as a campaign."""
    out = _perfect(text)
    if text == TEXT_B:
        span = _span(TEXT_B, "Vì người nghèo")
        out["campaigns"] = [{**span, "name": "Vì người nghèo", "kind": "phong trào"}]
    else:
        out["organisations"] = []
        out["dates"] = [{**out["dates"][0], "date_start": "2021-05-03", "date_end": "2021-05-03"}]
    return out


def test_join_and_perfect_score(tmp_path):
    labels = _labels()
    lp, d = _write(tmp_path, labels, {r["sha256"]: t for r, t in zip(labels, (TEXT_A, TEXT_B), strict=True)})
    joined = join(load_labels(lp), load_texts(d))
    assert joined.complete and len(joined.items) == 2
    report = score(joined, _perfect)
    for kind in ("campaigns", "organisations", "dates"):
        assert report[kind]["f1"] == 1.0
    assert report["not_campaigns_emitted"] == 0 and report["errors"] == []


def test_errors_and_traps_are_counted(tmp_path):
    labels = _labels()
    lp, d = _write(tmp_path, labels, {r["sha256"]: t for r, t in zip(labels, (TEXT_A, TEXT_B), strict=True)})
    joined = join(load_labels(lp), load_texts(d))
    report = score(joined, _trap_taker)
    assert report["campaigns"]["tp"] == 1 and report["campaigns"]["predicted"] == 2
    assert report["campaigns"]["precision"] == 0.5
    assert report["organisations"]["recall"] == 0.0
    assert report["dates"]["tp"] == 0
    assert report["not_campaigns_emitted"] == 1
    assert {(e["id"], e["kind"], e["error"]) for e in report["errors"]} == {
        ("b", "campaigns", "fp"), ("a", "organisations", "fn"),
        ("a", "dates", "fp"), ("a", "dates", "fn")}
    only_dev = score(joined, _trap_taker, split="dev")
    assert only_dev["paragraphs"] == 1 and only_dev["not_campaigns_emitted"] == 0


def test_organisation_names_compare_on_normalised_key(tmp_path):
    labels = _labels()
    lp, d = _write(tmp_path, labels, {r["sha256"]: t for r, t in zip(labels, (TEXT_A, TEXT_B), strict=True)})

    def other_spelling(text, published_at=None, source=None):
        out = _perfect(text)
        for o in out["organisations"]:
            o["name"] = "hội  nông dân tỉnh Quảng Trị"
        return out

    report = score(join(load_labels(lp), load_texts(d)), other_spelling)
    assert report["organisations"]["f1"] == 1.0


def test_mismatching_hash_and_missing_text_are_reported(tmp_path):
    labels = _labels()
    altered = TEXT_A.replace("5/3/2021", "6/3/2021")
    lp, d = _write(tmp_path, labels, {labels[0]["sha256"]: altered})
    joined = join(load_labels(lp), load_texts(d))
    assert joined.mismatched == ["a"] and joined.missing == ["b"] and not joined.items
    assert not joined.complete
    assert "1 without text" in joined.summary()


def test_decomposed_text_hashes_like_its_nfc_form(tmp_path):
    labels = _labels()
    nfd = unicodedata.normalize("NFD", TEXT_A)
    lp, d = _write(tmp_path, labels, {labels[0]["sha256"]: nfd})
    joined = join(load_labels(lp), load_texts(d))
    assert joined.mismatched == [] and joined.items[0][1] == TEXT_A


def test_missing_text_folder_is_a_clear_error(tmp_path):
    with pytest.raises(TextsMissing, match="does not exist"):
        load_texts(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(TextsMissing, match="paragraphs.jsonl is missing"):
        load_texts(tmp_path / "empty")


def test_label_without_required_key_is_rejected(tmp_path):
    p = tmp_path / "labels.jsonl"
    p.write_text(json.dumps({"id": "x", "url": "u"}) + "\n", "utf-8")
    with pytest.raises(ValueError, match="sha256"):
        load_labels(p)


def test_committed_labels_are_well_formed():
    """The committed labels: consistent spans, no press text, splits by paper."""
    from baochi.nlp.real_text import LABELS_PATH
    rows = load_labels(LABELS_PATH)
    assert len(rows) >= 60
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["sha256"] for r in rows}) == len(rows)
    split_of: dict[str, str] = {}
    grains = {"day", "month", "quarter", "half", "year", "range"}
    for r in rows:
        assert "text" not in r and len(r["sha256"]) == 64
        assert r["paper_kind"] in ("provincial", "national")
        assert (r["province"] is None) == (r["paper_kind"] == "national")
        assert r["split"] in ("dev", "heldout", "heldout-pages", "heldout-read")
        # a paper is held out whole (its paragraphs read while fixing are `heldout-read`, never
        # dev), or a dev paper whose later pages were held out
        side = "heldout" if r["split"] in ("heldout", "heldout-read") else "dev"
        assert split_of.setdefault(r["paper"], side) == side, r["paper"]
        for kind in ("campaigns", "organisations", "dates", "not_campaigns"):
            for m in r[kind]:
                assert 0 <= m["start"] < m["end"] <= r["length"], (r["id"], m)
                assert m["end"] - m["start"] == len(m["surface"]), (r["id"], m)
        assert all(d["granularity"] in grains for d in r["dates"])
        assert all(c["name"] and c["kind"] for c in r["campaigns"])
    papers = {r["paper"] for r in rows}
    assert {"dev", "heldout"} <= {r["split"] for r in rows} and len(papers) >= 15


REAL_TEXT_DIR = Path(__file__).resolve().parents[2] / "data" / "real-text"


@pytest.mark.skipif(not (REAL_TEXT_DIR / "paragraphs.jsonl").is_file(),
                    reason="the real-text folder (data/real-text, outside git) is not present")
def test_committed_spans_match_the_retrieved_texts():
    """With the texts present, every labelled span is exactly its surface in its paragraph."""
    from baochi.nlp.real_text import LABELS_PATH
    joined = join(load_labels(LABELS_PATH), load_texts(REAL_TEXT_DIR))
    assert joined.items, joined.summary()
    for label, text in joined.items:
        assert len(text) == label["length"], label["id"]
        for kind in ("campaigns", "organisations", "dates", "not_campaigns"):
            for m in label[kind]:
                assert text[m["start"]:m["end"]] == m["surface"], (label["id"], m)


def test_the_paper_is_told_by_source_id_else_by_page_address():
    from baochi.nlp.real_text import paper_of

    assert paper_of({"source": "baohatinh", "url": "https://baohatinh.vn/a"}) == "baohatinh"
    assert paper_of({"source": None, "url": "https://baolaichau.vn/a"}) == \
        "https://baolaichau.vn/a"
    seen = []

    def spy(text, published_at=None, source=None):
        seen.append(source)
        return {"campaigns": [], "organisations": [], "dates": []}

    label = {"id": "x", "url": "https://baolaichau.vn/a", "sha256": "h", "source": None,
             "campaigns": [], "organisations": [], "dates": []}
    score(Joined(items=[(label, "Hội Chữ thập đỏ tỉnh họp.")]), spy)
    assert seen == ["https://baolaichau.vn/a"]
