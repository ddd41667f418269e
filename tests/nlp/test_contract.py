"""The public contract: types, JSON shape, offsets, determinism, hostile input, isolation."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import FrozenInstanceError

import pytest
from baochi import nlp
from baochi.nlp import NLP_VERSION, Analysis, analyse, nfc

MENTION_KEYS = {
    "campaigns": {"surface", "start", "end", "sentence", "name", "key", "campaign_id", "kind"},
    "organisations": {"surface", "start", "end", "sentence", "name", "key", "organisation_id",
                      "acronym", "province", "kind"},
    "dates": {"surface", "start", "end", "sentence", "date_start", "date_end", "granularity",
              "part_of_day"},
    "honours": {"surface", "start", "end", "sentence", "name"},
    "documents": {"surface", "start", "end", "sentence", "kind", "number", "issuer", "subject"},
}
GROUPS = tuple(MENTION_KEYS)


def check_offsets(text: str, result: Analysis) -> None:
    t = nfc(text)
    for group in GROUPS:
        for m in getattr(result, group):
            assert 0 <= m.start <= m.end <= len(t)
            assert t[m.start:m.end] == m.surface, (group, m)
            assert isinstance(m.sentence, int) and m.sentence >= 0


def test_public_names():
    assert isinstance(NLP_VERSION, str) and NLP_VERSION.count(".") == 2
    assert callable(nlp.analyse)


def test_to_dict_shape_and_json(seed_text):
    d = analyse(seed_text, "2020-07-10T08:00:00+07:00", "baothanhhoa").to_dict()
    assert set(d) == {"nlp_version", *GROUPS, "province"}
    assert d["nlp_version"] == NLP_VERSION
    assert d["province"] == {"name": "Thanh Hóa", "found_by": "source"}
    for group, keys in MENTION_KEYS.items():
        assert d[group], group
        for m in d[group]:
            assert set(m) == keys
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


@pytest.mark.parametrize("text, name, found_by", [
    ("Thanh Hóa – UBND tỉnh họp phiên thường kỳ.", "Thanh Hóa", "dateline"),
    ("Theo Báo Cà Mau, Tỉnh ủy đã chỉ đạo. Đoàn công tác tỉnh Bạc Liêu đến thăm.", "Cà Mau",
     "paper"),
    ("Tỉnh ủy Quảng Bình chỉ đạo; UBND tỉnh Quảng Bình giao huyện Lệ Thủy làm thí điểm.",
     "Quảng Bình", "text"),
    ("Huyện Thanh Chương hợp tác với tỉnh Xiêng Khoảng.", None, None),
    ("Tỉnh Nghệ An và tỉnh Hà Tĩnh ký kết hợp tác.", None, None),  # a tie names none
])
def test_province_read_from_the_text_when_the_source_gives_none(text, name, found_by):
    r = analyse(text, None, None)
    assert (r.province, r.province_found_by) == (name, found_by)
    if name:
        bare = [o for o in r.organisations if o.surface in ("UBND tỉnh", "Tỉnh ủy")]
        assert all(o.province == name for o in bare)


def test_registered_source_wins_over_the_text():
    r = analyse("Đoàn công tác tỉnh Bạc Liêu thăm UBND tỉnh.", None, "baonghean")
    assert (r.province, r.province_found_by) == ("Nghệ An", "source")


def test_frozen(seed_text):
    r = analyse(seed_text)
    with pytest.raises(FrozenInstanceError):
        r.campaigns = ()  # type: ignore[misc]
    assert isinstance(r.campaigns, tuple) and isinstance(r.dates, tuple)


def test_offsets_on_all_gold_sentences(gold_rows):
    for row in gold_rows:
        check_offsets(row["text"], analyse(row["text"], row["published_at"], row["source"]))


def test_offsets_into_nfc_of_decomposed_input():
    import unicodedata

    text = unicodedata.normalize("NFD", "Chiều 9-7, Ban Thi đua - Khen thưởng (TĐKT) tỉnh Thanh Hóa "
                                        "phát động phong trào “Dạy tốt, học tốt”.")
    r = analyse(text, "2020-07-10", "baothanhhoa")
    check_offsets(text, r)
    assert r.campaigns and r.organisations and r.dates


def test_deterministic(seed_text, gold_rows):
    sample = [seed_text] + [row["text"] for row in gold_rows[::7]]
    first = [analyse(t, "2020-07-10T08:00:00+07:00", "baothanhhoa").to_dict() for t in sample]
    second = [analyse(t, "2020-07-10T08:00:00+07:00", "baothanhhoa").to_dict() for t in sample]
    assert first == second


def test_sentence_indices(seed_text):
    r = analyse(seed_text)
    assert [d.sentence for d in r.dates] == sorted(d.sentence for d in r.dates)
    assert r.dates[0].sentence == 1  # the title is sentence 0


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n\t", "\x00\x01\x02\x7f", "\ud800 Sáng 12/3 \udfff", "“", "”“«", "((((", "))",
     "32/13", "Ban (TĐKT)", "phong trào “", "phong trào", "UBND", "Tỉnh ủy", "ngày 31/2/2020",
     "quý V/2020", "tháng 13", "\u200b\ufeff", "x" * 5000, "“" * 300, "phong trào “a” " * 200,
     "(ABC) " * 300, "9-9-9-9-9-9-9", "1/1/1/1/1/1/1/1/1", "Hội (H) tỉnh (T) xã (X)"],
)
def test_hostile_input_does_not_raise(text):
    for pub in (None, "2020-07-10", "garbage"):
        r = analyse(text, pub, "baothanhhoa")
        check_offsets(text, r)
        json.dumps(r.to_dict())  # surrogates are kept as written; ensure_ascii handles them


def test_binary_garbage_does_not_raise():
    rng = random.Random(5)
    blob = bytes(rng.getrandbits(8) for _ in range(30_000))
    for text in (blob.decode("latin-1"), blob.decode("utf-8", errors="replace"),
                 "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(20_000))):
        check_offsets(text, analyse(text, "2020-07-10", "baonghean"))


@pytest.mark.slow
def test_one_megabyte_text(seed_text):
    big = (seed_text.replace("\n", " ") + " ") * (1_000_000 // len(seed_text) + 1)
    r = analyse(big, "2020-07-10T08:00:00+07:00", "baothanhhoa")
    check_offsets(big, r)
    assert len(r.campaigns) >= 4 * 400


def test_non_string_input():
    assert analyse(None).campaigns == ()  # type: ignore[arg-type]


def test_nlp_imports_neither_crawler_nor_pipeline():
    code = ("import sys; from baochi import nlp; nlp.analyse('UBND tỉnh'); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('crawler', 'pipeline') "
            "or m.startswith(('baochi.crawler', 'baochi.pipeline'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_spacy_string_store_stays_bounded():
    """Names and numbers of a large corpus must not grow the shared vocabulary (flat memory)."""
    from baochi.nlp.tokens import VOCAB

    analyse("Phong trào “Dạy tốt, học tốt” của UBND tỉnh.")
    before = len(VOCAB.strings)
    for i in range(300):
        analyse(f"Ông Nguyễn Văn Tèo{i} ở xóm Khuổi{i} nhận {i}.{i}7 đồng, phong trào “Xyz{i} abc”.")
    assert len(VOCAB.strings) - before < 5
