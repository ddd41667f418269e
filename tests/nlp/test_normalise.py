from __future__ import annotations

import pytest
from baochi.nlp.normalise import key, nfc, same_length_fold, slug, tone_normalise


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hoà", "hòa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("thuỷ", "thủy"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("khoẻ", "khỏe"),
        ("“Dạy tốt, học tốt”", '"Dạy tốt, học tốt"'),
        ("«Mùa hè xanh»", "‘Mùa hè xanh’"),
        ("Thi đua–Khen thưởng", "Thi đua - Khen thưởng"),
        ("Thi đua — Khen thưởng", "thi đua-khen thưởng"),
        ("Ban\u00a0Thi đua   Khen thưởng", "ban thi đua khen thưởng"),
        ("ĐOÀN THANH NIÊN", "đoàn thanh niên"),
    ],
)
def test_key_equivalences(a, b):
    assert key(a) == key(b)


def test_key_keeps_distinct_words_distinct():
    assert key("hòa") != key("hoa")
    assert key("Quảng Ninh") != key("Quảng Bình")


def test_key_is_nfc_and_new_placement():
    decomposed = "Thanh Hoa\u0301"  # combining acute
    assert key(decomposed) == "thanh hóa"
    assert key("Hoá") == "hóa"
    assert key("quý") == "quý" and key("già") == "già" and key("người") == "người"


def test_tone_normalise_keeps_length_and_case():
    for s in ["Thanh Hoá", "UỶ BAN", "Hoà Bình", "thuỷ lợi", "quý I", "x\u0301y"]:
        t = tone_normalise(nfc(s))
        assert len(t) == len(nfc(s))
        assert len(same_length_fold(nfc(s))) == len(nfc(s))
    assert tone_normalise("UỶ BAN") == "ỦY BAN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Thi đua - Khen thưởng tỉnh Thanh Hóa", "ban-thi-dua-khen-thuong-tinh-thanh-hoa"),
        ("Ban Thi đua – Khen thưởng tỉnh Thanh Hoá", "ban-thi-dua-khen-thuong-tinh-thanh-hoa"),
        ("Đoàn Thanh niên", "doan-thanh-nien"),
        ("“Dạy tốt, học tốt”", "day-tot-hoc-tot"),
        ("", ""),
    ],
)
def test_slug(text, expected):
    assert slug(text) == expected


def test_slug_is_ascii():
    s = slug("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau")
    assert s.isascii()
    assert s == "ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau"
